import { App, Card, Flex, Tag, Typography } from 'antd';
import { ClockCircleOutlined, CopyOutlined } from '@ant-design/icons';
import { PHRASE_STAGES, SERVICE_SETTINGS_DEFAULTS, type ServicePhrase } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { serviceDeskApi } from './service-desk-api';
import { formatWait } from './use-wait-timer';

interface Props {
  propertyId: string | null;
  /** The customer's language: English phrases for an English-speaking customer. */
  language: 'zh-CN' | 'en';
  waitSeconds: number | null;
}

/**
 * The service phrases of the property, by stage, beside the form (S2, P4.1.1–4.1.4), with how long the
 * customer has waited; past the property's threshold the apology is shown large, to be said now.
 */
export function PhrasePanel({ propertyId, language, waitSeconds }: Props) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const phrases = useApiQuery(`desk-phrases:${propertyId}`, () =>
    propertyId ? serviceDeskApi.phrases(propertyId) : Promise.resolve([]),
  );
  const settings = useApiQuery(`desk-settings:${propertyId}`, () =>
    propertyId ? serviceDeskApi.settings(propertyId) : Promise.resolve(null),
  );
  const apologyAfter = settings.data?.waitApologySeconds ?? SERVICE_SETTINGS_DEFAULTS.waitApologySeconds;
  const overdue = waitSeconds !== null && waitSeconds >= apologyAfter;
  const say = (p: ServicePhrase) => (language === 'en' && p.textEn ? p.textEn : p.text);
  // When the customer's language is not the interface's, the desk also sees what the phrase means.
  const gloss = (p: ServicePhrase) => {
    const own = locale === 'en' ? p.textEn : p.text;
    return own && own !== say(p) ? own : null;
  };
  const active = (phrases.data ?? []).filter((p) => p.active).sort((a, b) => a.sort - b.sort);
  const apology = active.find((p) => p.stage === 'apology');
  const apologyText = apology ? say(apology) : t('serviceDesk.phrases.apologyDefault');

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('common.copied'));
    } catch {
      message.error(t('common.copyFailed'));
    }
  };

  return (
    <Card
      size="small"
      variant="borderless"
      style={{ boxShadow: '0 1px 2px rgba(16,24,40,.06)' }}
      title={t('serviceDesk.phrases.title')}
      extra={
        <Tag
          icon={<ClockCircleOutlined />}
          color={waitSeconds === null ? 'default' : overdue ? 'error' : 'processing'}
          style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 0 }}
          data-testid="desk-wait-timer"
        >
          {waitSeconds === null
            ? t('serviceDesk.wait.idle')
            : t('serviceDesk.wait.running', { time: formatWait(waitSeconds) })}
        </Tag>
      }
    >
      {overdue && (
        <button
          type="button"
          onClick={() => void copy(apologyText)}
          data-testid="desk-apology"
          style={apologyStyle}
        >
          <div style={{ fontSize: 12, opacity: 0.85 }}>
            {t('serviceDesk.wait.overdue', { time: formatWait(waitSeconds) })}
          </div>
          <div style={{ fontSize: 20, fontWeight: 600, marginTop: 4 }}>{apologyText}</div>
        </button>
      )}
      {phrases.error && <Typography.Text type="danger">{phrases.error.message}</Typography.Text>}
      {PHRASE_STAGES.map((stage) => {
        const items = active.filter((p) => p.stage === stage);
        if (items.length === 0) return null;
        return (
          <div key={stage} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`serviceDesk.phrases.stage.${stage}`)}
            </Typography.Text>
            <Flex vertical gap={4} style={{ marginTop: 4 }}>
              {items.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  onClick={() => void copy(say(p))}
                  title={t('serviceDesk.phrases.copyHint')}
                  style={{
                    ...phraseStyle,
                    ...(overdue && p.stage === 'apology'
                      ? { borderColor: '#ff7875', background: '#fff1f0' }
                      : {}),
                  }}
                  data-testid={`desk-phrase-${stage}`}
                >
                  <span style={{ flex: 1 }}>
                    {say(p)}
                    {gloss(p) && <span style={glossStyle}>{gloss(p)}</span>}
                  </span>
                  <CopyOutlined style={{ color: '#bfbfbf', marginTop: 3 }} />
                </button>
              ))}
            </Flex>
          </div>
        );
      })}
      {!phrases.loading && active.length === 0 && !phrases.error && (
        <Typography.Text type="secondary">{t('serviceDesk.phrases.none')}</Typography.Text>
      )}
    </Card>
  );
}

const phraseStyle = {
  display: 'flex',
  gap: 8,
  textAlign: 'start' as const,
  width: '100%',
  padding: '6px 10px',
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  background: '#fafafa',
  cursor: 'pointer',
  font: 'inherit',
  lineHeight: 1.5,
  color: 'inherit',
};

const glossStyle = { display: 'block', fontSize: 12, color: '#8c8c8c' };

const apologyStyle = {
  display: 'block',
  width: '100%',
  textAlign: 'start' as const,
  marginBottom: 12,
  padding: '12px 14px',
  border: 'none',
  borderRadius: 8,
  background: '#cf1322',
  color: '#fff',
  cursor: 'pointer',
  font: 'inherit',
};
