// The background jobs page, the notice of a job that failed for good, the platform's job kinds.
export const jobsZhCN = {
  'nav.jobs': '后台任务',

  'jobs.failed.title': '后台任务失败',
  'jobs.failed.body': '任务“{kind}”执行失败：{error}',

  'jobs.title': '后台任务',
  'jobs.subtitle': '系统定时执行的工作，失败的任务可以重试',
  'jobs.filterStatus': '状态',
  'jobs.status.pending': '等待中',
  'jobs.status.running': '执行中',
  'jobs.status.done': '已完成',
  'jobs.status.failed': '失败',
  'jobs.col.kind': '任务',
  'jobs.col.status': '状态',
  'jobs.col.attempts': '尝试次数',
  'jobs.col.runAt': '计划时间',
  'jobs.col.updatedAt': '更新时间',
  'jobs.col.lastError': '最近错误',
  'jobs.retried': '任务已重新排队',
  'jobs.empty': '没有符合条件的任务',

  'audit.action.job.retry': '重试任务',
  'jobs.kind.platform.purge-sessions': '清理过期会话',
} as const;
