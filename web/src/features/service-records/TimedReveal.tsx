import { useEffect, useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { REVEAL_SECONDS } from '../directory/card/RevealableValue';

const digits = { fontVariantNumeric: 'tabular-nums', letterSpacing: 0.3 } as const;

/**
 * A masked caller's phone. With person.reveal, "Show" asks the server for the number (the server audits
 * it) and masks it again after 30 seconds, as the person card does; `reveal` says where to ask.
 */
export function TimedReveal({
  masked,
  reveal,
  label,
  onRevealed,
}: {
  masked: string;
  reveal(): Promise<string>;
  /** What the value is, for the button's accessible name ("显示完整电话"). */
  label: string;
  onRevealed?(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const canReveal = useCan('person.reveal');
  const [shown, setShown] = useState<{ value: string; hideAt: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const secondsLeft = shown ? Math.max(0, Math.ceil((shown.hideAt - now) / 1000)) : 0;

  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= shown.hideAt) setShown(null);
    }, 250);
    return () => clearInterval(timer);
  }, [shown]);

  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;

  const show = async () => {
    setBusy(true);
    try {
      const value = await reveal();
      const at = Date.now();
      setNow(at);
      setShown({ value, hideAt: at + REVEAL_SECONDS * 1000 });
      onRevealed?.();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (shown && secondsLeft > 0)
    return (
      <Space size={6} wrap>
        <Typography.Text strong copyable style={digits} data-testid="revealed-phone">
          {shown.value}
        </Typography.Text>
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('directory.reveal.countdown', { seconds: secondsLeft })}
        </Typography.Text>
        <Button size="small" type="text" icon={<EyeInvisibleOutlined />} onClick={() => setShown(null)}>
          {t('directory.reveal.hide')}
        </Button>
      </Space>
    );
  return (
    <Space size={6} wrap>
      <Typography.Text style={digits} data-testid="masked-phone">
        {masked}
      </Typography.Text>
      {canReveal && (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={busy}
          onClick={(e) => {
            // In a table row the click would also open the record.
            e.stopPropagation();
            void show();
          }}
          aria-label={t('directory.reveal.showField', { field: label })}
        >
          {t('directory.reveal.show')}
        </Button>
      )}
    </Space>
  );
}
