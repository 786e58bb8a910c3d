import { useState } from 'react';
import { App, Button, Empty, Image, List, Space, Typography, Upload } from 'antd';
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { ServiceAttachment, ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { serviceApi } from './service-api';

const ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf';
const MAX_BYTES = 10 * 1024 * 1024;

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Photos and documents of the record: photos as thumbnails that open large, PDFs as links. */
export function AttachmentsCard({
  record,
  attachments,
  reload,
}: {
  record: ServiceRecord;
  attachments: ServiceAttachment[];
  reload(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  // Whoever may comment on the record may add to it (the server checks the same).
  const canAttach = record.allowedActions.includes('comment');
  const url = (a: ServiceAttachment) => serviceApi.attachmentUrl(record.id, a.id);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) return void message.error(t('serviceRecord.attachments.tooLarge'));
    setBusy(true);
    try {
      await serviceApi.attach(record.id, file);
      void message.success(t('serviceRecord.attachments.added', { name: file.name }));
      reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const photos = attachments.filter((a) => a.mime.startsWith('image/'));
  const documents = attachments.filter((a) => !a.mime.startsWith('image/'));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {attachments.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceRecord.attachments.none')} />
      )}
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap>
            {photos.map((a) => (
              <Image
                key={a.id}
                src={url(a)}
                alt={a.name}
                width={88}
                height={88}
                style={{ objectFit: 'cover' }}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {documents.length > 0 && (
        <List
          size="small"
          dataSource={documents}
          renderItem={(a) => (
            <List.Item>
              <a href={url(a)} target="_blank" rel="noreferrer">
                <FilePdfOutlined /> {a.name}
              </a>
              <Typography.Text type="secondary">{sizeOf(a.size)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {canAttach && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={busy}>
            {t('serviceRecord.attachments.add')}
          </Button>
        </Upload>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('serviceRecord.attachments.hint')}
      </Typography.Text>
    </Space>
  );
}
