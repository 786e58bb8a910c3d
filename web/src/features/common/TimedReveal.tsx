import { useEffect, useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';

/** How long a revealed value stays on screen before it is masked again. */
export const REVEAL_SECONDS = 30;

const digits = { fontVariantNumeric: 'tabular-nums', letterSpacing: 0.3 } as const;

/**
 * A masked phone or ID number, everywhere one is shown (person card, service record, follow-up call).
 * With person.reveal, "Show" asks the server for the full value through `reveal` (the server audits
 * it) and masks it again after 30 seconds, counting down on screen.
 */
export function TimedReveal({
  masked,
  reveal,
  label,
  testId,
  onRevealed,
}: {
  masked: string | null;
  reveal(): Promise<string>;
  /** What the value is, for the button's accessible name ("显示完整手机号"). */
  label: string;
  /** Names the parts for tests: reveal-<id>, masked-<id>, revealed-<id>, countdown-<id>. */
  testId: string;
  /** The reveal is now in the audit log and the record's history. */
  onRevealed?(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const canReveal = useCan('person.reveal');
  const [shown, setShown] = useState<{ value: string; hideAt: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const secondsLeft = shown ? Math.max(0, Math.ceil((shown.hideAt - now) / 1000)) : 0;
  const revealed = shown && secondsLeft > 0 ? shown.value : null;

  // Ticks only while a value is on screen; the value is masked again when the deadline passes.
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= shown.hideAt) setShown(null);
    }, 250);
    return () => clearInterval(timer);
  }, [shown]);

  if (!masked) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

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

  return (
    <Space size={8} wrap data-testid={`reveal-${testId}`}>
      {revealed !== null ? (
        <>
          <Typography.Text strong copyable style={digits} data-testid={`revealed-${testId}`}>
            {revealed}
          </Typography.Text>
          <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`countdown-${testId}`}>
            {t('directory.reveal.countdown', { seconds: secondsLeft })}
          </Typography.Text>
          <Button size="small" type="text" icon={<EyeInvisibleOutlined />} onClick={() => setShown(null)}>
            {t('directory.reveal.hide')}
          </Button>
        </>
      ) : (
        <>
          <Typography.Text style={digits} data-testid={`masked-${testId}`}>
            {masked}
          </Typography.Text>
          {canReveal && (
            <Button
              size="small"
              icon={<EyeOutlined />}
              loading={busy}
              onClick={(e) => {
                // In a table row the click would also open the row.
                e.stopPropagation();
                void show();
              }}
              aria-label={t('directory.reveal.showField', { field: label })}
            >
              {t('directory.reveal.show')}
            </Button>
          )}
        </>
      )}
    </Space>
  );
}
