import { Button, type ButtonProps } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { newRecordPath } from './desk-paths';

/** "登记服务": opens the desk screen with this customer; shown only to those who may log records. */
export function NewServiceRecordButton({
  personId,
  unitId,
  ...button
}: { personId?: string; unitId?: string } & Omit<ButtonProps, 'onClick'>) {
  const t = useT();
  const navigate = useNavigate();
  if (!useCan('service.create')) return null;
  return (
    <Button
      icon={<FormOutlined />}
      data-testid="new-service-record"
      {...button}
      onClick={() => navigate(newRecordPath({ personId, unitId }))}
    >
      {t('serviceDesk.newRecord')}
    </Button>
  );
}
