import type { ReactNode } from 'react';
import { Col, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { LOCALES, ROLES } from '@qiantai/contracts';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { DepartmentSelect } from './DepartmentSelect';

export interface UserFormValues {
  displayName: string;
  roles: (typeof ROLES)[number][];
  propertyIds: string[];
  departmentId: string | null;
  locale: (typeof LOCALES)[number];
}

/**
 * Fields shared by the create modal (two columns, with the username first) and the edit drawer (one column).
 */
export function UserFormFields({
  form,
  autoFocus,
  leading,
  columns = 1,
}: {
  form: FormInstance;
  autoFocus?: boolean;
  leading?: ReactNode;
  columns?: 1 | 2;
}) {
  const { t, locale } = useLocale();
  const { properties } = useMe();
  const propertyIds = Form.useWatch<string[] | undefined>('propertyIds', form) ?? [];
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const chosen = (field: string) => ({ required: true, message: t('common.requiredChoice', { field }) });
  const span = 24 / columns;

  return (
    <Row gutter={16}>
      {leading && <Col span={span}>{leading}</Col>}
      <Col span={span}>
        <Form.Item
          name="displayName"
          label={t('users.field.displayName')}
          rules={[required(t('users.field.displayName'))]}
        >
          <Input maxLength={50} autoFocus={autoFocus} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="roles" label={t('users.field.roles')} rules={[chosen(t('users.field.roles'))]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name="propertyIds"
          label={t('users.field.properties')}
          rules={[chosen(t('users.field.properties'))]}
        >
          <Select
            mode="multiple"
            options={properties.map((p) => ({ value: p.id, label: localName(p, locale) }))}
            onChange={(ids: string[]) => {
              // A department belongs to one property: drop it when that property is no longer chosen.
              if (ids.length === 0) form.setFieldValue('departmentId', null);
            }}
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="departmentId" label={t('users.field.department')}>
          <DepartmentSelect propertyIds={propertyIds} properties={properties} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="locale" label={t('users.field.locale')}>
          <Radio.Group options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
