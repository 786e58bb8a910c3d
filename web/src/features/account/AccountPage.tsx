import { Col, Row } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { PageHeader } from '../common/PageHeader';
import { NotificationSettingsCard } from '../notifications/NotificationSettingsCard';
import { ProfileCard } from './ProfileCard';
import { PreferencesCard } from './PreferencesCard';
import { SecurityCard } from './SecurityCard';

export default function AccountPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <ProfileCard />
        </Col>
        <Col xs={24} xl={9}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <PreferencesCard />
            </Col>
            <Col span={24}>
              <SecurityCard />
            </Col>
          </Row>
        </Col>
        <Col span={24}>
          <NotificationSettingsCard />
        </Col>
      </Row>
    </>
  );
}
