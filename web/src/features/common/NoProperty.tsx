import { Empty } from 'antd';
import { useT } from '../../app/i18n/locale-context';

/** For an account that holds no property yet: nothing to list, and why. */
export function NoProperty() {
  const t = useT();
  return <Empty description={t('common.noProperty')} style={{ padding: 48 }} />;
}
