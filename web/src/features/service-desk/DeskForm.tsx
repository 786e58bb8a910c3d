import { cloneElement, type KeyboardEvent, type ReactElement } from 'react';
import { Checkbox, Col, Form, Input, Radio, Row, Select, Typography, type FormInstance } from 'antd';
import {
  DESK_ANSWERABLE_KINDS,
  SERVICE_CHANNELS,
  type Department,
  type ServiceCategory,
  type ServiceSeverity,
} from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { CategoryPicker } from './CategoryPicker';
import { focusFlow } from './desk-flow';
import { DESK_DEFAULTS, type DeskValues } from './desk-values';
import { KindPicker } from './KindPicker';

/** Channels a desk takes requests through; "internal" is for staff-raised records elsewhere. */
const DESK_CHANNELS = SERVICE_CHANNELS.filter((c) => c !== 'internal');

interface Props {
  form: FormInstance<DeskValues>;
  categories: readonly ServiceCategory[];
  departments: readonly Department[];
  /** A digit in the kind group picked a kind: on to the content. */
  onKindPicked(): void;
}

/** What the customer wants: kind, how serious, the words, and either the answer or where it goes. */
export function DeskForm({ form, categories, departments, onKindPicked }: Props) {
  const { t, locale } = useLocale();
  const kind = Form.useWatch('kind', form) ?? DESK_DEFAULTS.kind;
  const severity = Form.useWatch('severity', form) ?? 'general';
  const answered = Form.useWatch('answeredAtDesk', form) ?? false;
  // Space ticks "answered at desk" and the answer field appears on the next render; a Tab pressed
  // before it is drawn would skip past it, so Tab from the box waits for it.
  const tabToAnswer = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Tab' || event.shiftKey || !form.getFieldValue('answeredAtDesk')) return;
    event.preventDefault();
    const page = event.currentTarget.ownerDocument.body;
    // The form draws the field a render or two after the tick; try for up to half a second.
    const tryFocus = (left: number) => {
      if (!focusFlow(page, 'result') && left > 0) setTimeout(() => tryFocus(left - 1), 16);
    };
    tryFocus(30);
  };
  const answerable = DESK_ANSWERABLE_KINDS.includes(kind);

  const severities: ServiceSeverity[] =
    kind === 'repair' ? ['general', 'major', 'emergency'] : ['general', 'major'];
  return (
    <>
      <Form.Item name="channel" label={t('service.field.channel')}>
        <Flow name="channel">
          <Radio.Group
            optionType="button"
            options={DESK_CHANNELS.map((c) => ({ value: c, label: t(`service.channel.${c}`) }))}
          />
        </Flow>
      </Form.Item>
      <Form.Item
        name="kind"
        label={
          <span>
            {t('service.field.kind')}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {t('serviceDesk.form.kindKeys')}
            </Typography.Text>
          </span>
        }
      >
        <Flow name="kind">
          <KindPicker onPicked={onKindPicked} />
        </Flow>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="severity"
            label={t('service.field.severity')}
            extra={severity !== 'general' ? t('serviceDesk.form.majorHint') : undefined}
          >
            <Flow name="severity">
              <Radio.Group
                optionType="button"
                options={severities.map((s) => ({ value: s, label: t(`service.severity.${s}`) }))}
              />
            </Flow>
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="categoryId" label={t('service.field.category')}>
            <Flow name="category">
              <CategoryPicker
                categories={categories}
                kind={kind}
                placeholder={t('serviceDesk.form.categoryPlaceholder')}
              />
            </Flow>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="content"
        label={t('service.field.content')}
        rules={[{ required: true, whitespace: true, message: t('serviceDesk.form.contentRequired') }]}
      >
        <Input.TextArea
          data-desk-flow="content"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          placeholder={t('serviceDesk.form.contentPlaceholder')}
          data-testid="desk-content"
        />
      </Form.Item>
      {answerable && (
        <Form.Item
          name="answeredAtDesk"
          valuePropName="checked"
          style={{ marginBottom: answered ? 8 : undefined }}
        >
          <Flow name="answered">
            <Checkbox data-testid="desk-answered" onKeyDown={tabToAnswer}>
              {t('serviceDesk.form.answeredAtDesk')}
            </Checkbox>
          </Flow>
        </Form.Item>
      )}
      {answerable && answered ? (
        <Form.Item
          name="result"
          label={t('serviceDesk.form.answer')}
          rules={[{ required: true, whitespace: true, message: t('serviceDesk.form.answerRequired') }]}
        >
          <Input.TextArea
            data-desk-flow="result"
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('serviceDesk.form.answerPlaceholder')}
            data-testid="desk-answer"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="departmentId"
          label={t('serviceDesk.form.department')}
          extra={t('serviceDesk.form.departmentHint')}
        >
          <Flow name="department">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('serviceDesk.form.departmentPlaceholder')}
              options={departments.map((d) => ({
                value: d.id,
                label: localName(d, locale),
              }))}
              style={{ maxWidth: 320 }}
            />
          </Flow>
        </Form.Item>
      )}
    </>
  );
}

/**
 * Marks a field as a stop of the Enter flow (desk-flow.ts). Form.Item hands value and onChange to its
 * direct child, so this passes them on to the control inside.
 */
function Flow({
  name,
  children,
  ...injected
}: { name: string; children: ReactElement } & Record<string, unknown>) {
  return <div data-desk-flow={name}>{cloneElement(children, injected)}</div>;
}
