import { useEffect, useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useCan } from '../../../app/auth/auth-context';
import { useT } from '../../../app/i18n/locale-context';
import { directoryApi, type RevealField } from '../directory-api';

/** How long a revealed value stays on screen before it is masked again. */
export const REVEAL_SECONDS = 30;

const digits = { fontVariantNumeric: 'tabular-nums', letterSpacing: 0.3 } as const;

/**
 * A masked phone or ID number. With person.reveal, "Show" asks the server for the full value (which
 * records the reveal in the audit log) and masks it again after 30 seconds, counting down on screen.
 */
export function RevealableValue({
  personId,
  field,
  masked,
  onRevealed,
}: {
  personId: string;
  field: RevealField;
  masked: string | null;
  /** The reveal is now in the record's history. */
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

  const reveal = async () => {
    setBusy(true);
    try {
      const { value } = await directoryApi.reveal(personId, field);
      const at = Date.now();
      setNow(at);
      setShown({
        value: Array.isArray(value) ? value.join('、') : (value ?? ''),
        hideAt: at + REVEAL_SECONDS * 1000,
      });
      onRevealed?.();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space size={8} wrap data-testid={`reveal-${field}`}>
      {revealed !== null ? (
        <>
          <Typography.Text strong copyable style={digits} data-testid={`revealed-${field}`}>
            {revealed}
          </Typography.Text>
          <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`countdown-${field}`}>
            {t('directory.reveal.countdown', { seconds: secondsLeft })}
          </Typography.Text>
          <Button size="small" type="text" icon={<EyeInvisibleOutlined />} onClick={() => setShown(null)}>
            {t('directory.reveal.hide')}
          </Button>
        </>
      ) : (
        <>
          <Typography.Text style={digits} data-testid={`masked-${field}`}>
            {masked}
          </Typography.Text>
          {canReveal && (
            <Button
              size="small"
              icon={<EyeOutlined />}
              loading={busy}
              onClick={() => void reveal()}
              aria-label={t('directory.reveal.showField', { field: t(`directory.reveal.field.${field}`) })}
            >
              {t('directory.reveal.show')}
            </Button>
          )}
        </>
      )}
    </Space>
  );
}
