import { readConfig } from './config.js';
import { createRuntime } from './runtime.js';
import { prepareFirstStart } from './seed/bootstrap.js';

const config = readConfig();
const runtime = await createRuntime(config, {
  log: (msg, err) => console.error(msg, err instanceof Error ? err.message : (err ?? '')),
});
const firstStart = await prepareFirstStart(runtime.systemContext(), config.demo, runtime.deps, () =>
  console.log('正在创建演示数据（约半分钟）… / Seeding the demo company (about half a minute)…'),
);
if (firstStart.kind === 'demo') {
  console.log(
    '演示数据已创建 / Demo company seeded: sign in as frontdesk, supervisor, manager, admin … password qiantai-demo',
  );
}
if (firstStart.kind === 'admin') {
  // Printed once, never stored in clear: the admin must change it at first sign-in.
  console.log(
    `\n  初始管理员 / Initial administrator: admin\n  一次性密码 / One-time password: ${firstStart.password}\n`,
  );
}
if (config.jobsEnabled) runtime.deps.jobs.start(config.jobsPollMs);

const address = await runtime.app.listen({ port: config.port, host: config.host });
console.log(
  `Qiantai 前台 ${config.version} on ${runtime.deps.database.dialect}: ${address.replace('0.0.0.0', 'localhost')}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void runtime.close().finally(() => process.exit(0));
  });
}
