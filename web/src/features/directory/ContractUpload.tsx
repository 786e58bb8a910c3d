import { useState } from 'react';
import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Lease } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { directoryApi } from './directory-api';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';
const MAX_BYTES = 10 * 1024 * 1024;

/** Attach (or replace) the signed contract: a PDF or a photo of it, up to 10 MB. */
export function ContractUpload({ lease, onUploaded }: { lease: Lease; onUploaded(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      message.error(t('directory.lease.contractTooLarge'));
      return;
    }
    setBusy(true);
    try {
      await directoryApi.uploadContract(lease.id, file);
      message.success(t('directory.lease.contractUploaded'));
      onUploaded();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      accept={ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      <Button size="small" type="link" icon={<UploadOutlined />} loading={busy}>
        {lease.contractFileId ? t('directory.lease.replaceContract') : t('directory.lease.uploadContract')}
      </Button>
    </Upload>
  );
}
