import { Col, Form, Input, type FormItemProps } from 'antd';
import { useT } from '../../../app/i18n/locale-context';
import { isMessageKey, type Translate } from '../../../app/i18n/catalogues';

/** One field of a form's two-column grid: half a row unless told otherwise. */
export function Field({ span = 12, ...item }: FormItemProps & { span?: number }) {
  return (
    <Col span={span}>
      <Form.Item {...item} />
    </Col>
  );
}

/** The free-text note every directory record has, across the whole row. */
export function NoteField({
  name = 'note',
  label,
  maxLength = 500,
  maxRows = 4,
}: {
  name?: string;
  label?: string;
  maxLength?: number;
  maxRows?: number;
}) {
  const t = useT();
  return (
    <Field span={24} name={name} label={label ?? t('common.note')}>
      <Input.TextArea maxLength={maxLength} autoSize={{ minRows: 2, maxRows }} />
    </Field>
  );
}

/** "X is required" rules: for text (blank does not count) and for a choice. */
export function requiredRules(t: Translate) {
  return {
    text: (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) }),
    choice: (field: string) => ({ required: true, message: t('common.requiredChoice', { field }) }),
  };
}

/** Select options for a list of codes, each labelled by its message under a key prefix. */
export const codeOptions = <C extends string>(codes: readonly C[], t: Translate, prefix: string) =>
  codes.map((value) => {
    const key = `${prefix}.${value}`;
    return { value, label: isMessageKey(key) ? t(key) : value };
  });
