import { Descriptions, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { Person } from '@qiantai/contracts';
import { useT } from '../../../app/i18n/locale-context';
import { PageCard } from '../../common/PageCard';
import { RevealableValue } from './RevealableValue';

/** Contact and identity, masked; each can be shown for 30 seconds by someone allowed to. */
export function PersonalDataCard({ person, onRevealed }: { person: Person; onRevealed(): void }) {
  const t = useT();
  return (
    <PageCard title={t('directory.card.contact')}>
      <Descriptions column={1} size="small" styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('directory.person.mobile')}>
          <RevealableValue
            onRevealed={onRevealed}
            personId={person.id}
            field="mobile"
            masked={person.mobile}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('directory.person.otherPhones')}>
          <RevealableValue
            personId={person.id}
            field="otherPhones"
            masked={person.otherPhones.length ? person.otherPhones.join('、') : null}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('directory.person.idNumber')}>
          {person.idType ? (
            <span>
              <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                {t(`directory.idType.${person.idType}`)}
              </Typography.Text>
              <RevealableValue
                onRevealed={onRevealed}
                personId={person.id}
                field="idNumber"
                masked={person.idNumber}
              />
            </span>
          ) : (
            <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <LockOutlined /> {t('directory.card.maskedNote')}
      </Typography.Text>
    </PageCard>
  );
}
