import { useState } from 'react';
import { Button, Flex, Input, Segmented, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { submitOnEnter } from './modal-keys';
import { useRecordAction } from './use-record-action';

/**
 * A note on the record: internal (staff only) by default, or one that may be told to the customer.
 * The text stays in the box when the record changed meanwhile, so it can be sent again after a look.
 */
export function CommentBox({ record, reload }: { record: ServiceRecord; reload(): void }) {
  const t = useT();
  const act = useRecordAction(record.id, reload);
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(true);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!text.trim() || sending) return;
    setSending(true);
    setError(null);
    try {
      const body = { action: 'comment' as const, version: record.version, comment: text.trim(), internal };
      if (await act(body, t('serviceRecord.comment.added'))) setText('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} onKeyDown={submitOnEnter(() => void send())}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('serviceRecord.comment.placeholder')}
        aria-label={t('serviceRecord.comment.placeholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        status={error ? 'error' : undefined}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<'internal' | 'customer'>
          size="small"
          value={internal ? 'internal' : 'customer'}
          onChange={(v) => setInternal(v === 'internal')}
          options={[
            { value: 'internal', label: t('serviceRecord.comment.internal') },
            { value: 'customer', label: t('serviceRecord.comment.forCustomer') },
          ]}
        />
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('serviceRecord.form.enterHint')}
          </Typography.Text>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={sending}
            disabled={!text.trim()}
            onClick={() => void send()}
          >
            {t('serviceRecord.comment.send')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}
