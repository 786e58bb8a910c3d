import { Button, Form, Input, Select, Typography } from 'antd';
import { useT } from '../../../app/i18n/locale-context';

// When editing a person, phones and ID numbers are on file but only ever shown masked, so their fields
// start empty. A field's value says what saving does: empty keeps what is on file, a typed value replaces
// it, and `null` (set by "Clear", undone by "Undo") removes it.

type FieldName = string | (string | number)[];

/** The note under such a field: what is on file, and Clear or Undo. */
export function OnFileNote({ name, onFile }: { name: FieldName; onFile: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const cleared = Form.useWatch(name, form) === null;
  const set = (value: null | undefined) => {
    form.setFieldValue(name, value);
    void form.validateFields([name]);
  };
  return (
    <span data-testid="on-file-note">
      {cleared ? (
        <Typography.Text type="warning">{t('directory.person.willClear', { value: onFile })}</Typography.Text>
      ) : (
        t('directory.person.keepMasked', { value: onFile })
      )}
      <Button type="link" size="small" onClick={() => set(cleared ? undefined : null)}>
        {cleared ? t('directory.person.undoClear') : t('directory.person.clear')}
      </Button>
    </span>
  );
}

/** A text field of such a value: disabled while it is to be cleared. */
export function OnFileInput({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string | null;
  onChange?(value: string): void;
  id?: string;
  maxLength: number;
  inputMode?: 'tel';
  placeholder?: string;
}) {
  const t = useT();
  const cleared = value === null;
  return (
    <Input
      id={id}
      autoComplete="off"
      {...rest}
      value={value ?? ''}
      onChange={(e) => onChange?.(e.target.value)}
      disabled={cleared}
      placeholder={cleared ? t('directory.person.clearedPlaceholder') : rest.placeholder}
    />
  );
}

/** Several phone numbers typed as tags (Enter, comma or space between them). */
export function TagsInput({
  value,
  onChange,
  id,
  maxCount,
}: {
  value?: string[] | null;
  onChange?(value: string[]): void;
  id?: string;
  maxCount?: number;
}) {
  const t = useT();
  const cleared = value === null;
  return (
    <Select
      id={id}
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={[',', '，', ' ']}
      maxCount={maxCount}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      disabled={cleared}
      placeholder={cleared ? t('directory.person.clearedPlaceholder') : undefined}
    />
  );
}
