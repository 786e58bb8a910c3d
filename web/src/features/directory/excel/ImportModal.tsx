import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Result, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n/locale-context';
import { excelApi, type DirectoryKind, type ImportIssue, type ImportReport } from './excel-api';

type Stage =
  | { step: 'choose' }
  | { step: 'checked'; file: File; report: ImportReport }
  | { step: 'done'; report: ImportReport };

/** Upload → check every row → show what is wrong → import all or only the valid rows → counts. */
export function ImportModal({
  kind,
  propertyId,
  open,
  onClose,
  onImported,
}: {
  kind: DirectoryKind;
  propertyId: string;
  open: boolean;
  onClose(): void;
  onImported(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setStage({ step: 'choose' });
    setError(null);
    onClose();
  };
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const check = (file: File) =>
    attempt(async () => {
      const report = await excelApi.import(kind, propertyId, 'validate', file);
      setStage({ step: 'checked', file, report });
    });
  const commit = (mode: 'all' | 'validOnly') =>
    attempt(async () => {
      if (stage.step !== 'checked') return;
      const report = await excelApi.import(kind, propertyId, mode, stage.file);
      setStage({ step: 'done', report });
      message.success(t('excel.imported'));
      onImported();
    });

  const current = stage.step === 'choose' ? 0 : stage.step === 'checked' ? 1 : 2;
  return (
    <Modal
      title={t('excel.importTitle', { kind: t(`excel.kind.${kind}`) })}
      open={open}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={<ImportFooter stage={stage} busy={busy} onClose={close} onCommit={commit} />}
    >
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 20 }}
        items={[
          { title: t('excel.step.upload') },
          { title: t('excel.step.check') },
          { title: t('excel.step.done') },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {stage.step === 'choose' && (
        <Upload.Dragger
          accept=".xlsx"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? t('excel.checking') : t('excel.drop')}</p>
          <p className="ant-upload-hint">{t('excel.dropHint')}</p>
        </Upload.Dragger>
      )}
      {stage.step === 'checked' && <CheckReport report={stage.report} />}
      {stage.step === 'done' && (
        <Result
          status="success"
          title={t('excel.imported')}
          extra={
            <Flex gap={32} justify="center">
              <Statistic title={t('excel.created')} value={stage.report.created} />
              <Statistic title={t('excel.updated')} value={stage.report.updated} />
              <Statistic title={t('excel.skipped')} value={stage.report.skipped} />
            </Flex>
          }
        />
      )}
    </Modal>
  );
}

function CheckReport({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <>
      <Flex gap={32} style={{ marginBottom: 16 }}>
        <Statistic title={t('excel.rows')} value={report.total} />
        <Statistic
          title={t('excel.validRows')}
          value={report.valid}
          styles={{ content: { color: '#389e0d' } }}
        />
        <Statistic
          title={t('excel.invalidRows')}
          value={report.total - report.valid}
          styles={{ content: { color: report.total > report.valid ? '#cf1322' : undefined } }}
        />
      </Flex>
      {report.errors.length === 0 ? (
        <Alert type="success" showIcon title={t('excel.allValid')} />
      ) : (
        <>
          <Alert type="warning" showIcon title={t('excel.fixOrSkip')} style={{ marginBottom: 12 }} />
          <Table<ImportIssue>
            size="small"
            rowKey={(i) => `${i.row}:${i.column}:${i.message}`}
            scroll={{ y: 320 }}
            dataSource={report.errors}
            pagination={false}
            columns={[
              { title: t('excel.col.row'), dataIndex: 'row', width: 70 },
              { title: t('excel.col.column'), dataIndex: 'column', width: 120 },
              {
                title: t('excel.col.value'),
                dataIndex: 'value',
                width: 160,
                ellipsis: true,
                render: (v: string) => v || '—',
              },
              {
                title: t('excel.col.reason'),
                dataIndex: 'message',
                render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}

function ImportFooter({
  stage,
  busy,
  onClose,
  onCommit,
}: {
  stage: Stage;
  busy: boolean;
  onClose(): void;
  onCommit(mode: 'all' | 'validOnly'): void;
}) {
  const t = useT();
  if (stage.step !== 'checked')
    return <Button onClick={onClose}>{stage.step === 'done' ? t('excel.close') : t('common.cancel')}</Button>;
  const { total: rows, valid: validRows } = stage.report;
  return (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      {validRows < rows && validRows > 0 && (
        <Button loading={busy} onClick={() => onCommit('validOnly')}>
          {t('excel.importValidOnly', { count: validRows })}
        </Button>
      )}
      <Button type="primary" loading={busy} disabled={validRows < rows} onClick={() => onCommit('all')}>
        {t('excel.importAll', { count: rows })}
      </Button>
    </Flex>
  );
}
