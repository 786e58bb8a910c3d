import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Col, Flex, Form, Row, type InputRef } from 'antd';
import { useSearchParams } from 'react-router';
import type { SearchResult, ServiceCategory, ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { ApiError } from '../../lib/api';
import { showFieldErrors } from '../../lib/form-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { useDepartments } from '../common/use-departments';
import { NoProperty } from '../common/NoProperty';
import { usePropertyId } from '../common/use-property-id';
import { CustomerPanel } from './CustomerPanel';
import { DeskActions } from './DeskActions';
import { flowOnEnter, focusFlow } from './desk-flow';
import { DeskForm } from './DeskForm';
import { DeskKeysHelp } from './DeskKeysHelp';
import { DESK_DEFAULTS, type DeskValues } from './desk-values';
import { kindOfDigit } from './kind-keys';
import { PhrasePanel } from './PhrasePanel';
import { SavedBanner } from './SavedBanner';
import { serviceDeskApi } from './service-desk-api';
import { toCreateBody } from './to-create-body';
import { customerLanguage, customerPropertyId, useDeskCustomer } from './use-desk-customer';
import { useDeskKeys } from './use-desk-keys';
import { useFormFollows } from './use-form-follows';
import { useWaitTimer } from './use-wait-timer';

/** Form fields the server's field errors may name. */
const FIELDS = [
  'customerName',
  'customerPhone',
  'channel',
  'kind',
  'severity',
  'categoryId',
  'content',
  'result',
  'departmentId',
];
/** The Enter-flow stop of a form field, where they are named differently. */
const FLOW_OF_FIELD: Record<string, string> = {
  customerName: 'callerName',
  customerPhone: 'callerPhone',
  categoryId: 'category',
  departmentId: 'department',
  result: 'result',
};
/** Focus moves after React has drawn what the last step changed (a field appears, the search returns). */
const NO_CATEGORIES: ServiceCategory[] = [];
const later = (focus: () => void) => setTimeout(focus, 0);
/** A second Escape within this time clears a form that has text in it. */
const CONFIRM_ESCAPE_MS = 2500;

/**
 * 前台登记: log what a walk-in or caller wants, keyboard first. The customer is found with the desk
 * lookup (or typed in for an unregistered caller), their open records show, the phrase prompts and the
 * waiting time sit beside the form; Ctrl+Enter saves and the screen is ready for the next customer.
 *
 * A walk-in inquiry answered at the desk, without the mouse (focus starts in the customer search):
 *   known resident:  type 张一 · Enter (picks; focus on the kind) · 1 (咨询; focus on the content) ·
 *                    type the question · Tab · Space (当场答复) · Tab · type the answer · Ctrl+Enter
 *   unregistered:    Tab · type the name · Alt+1 (咨询; focus on the content) · type the question ·
 *                    Tab · Space · Tab · type the answer · Ctrl+Enter
 * After saving, focus is back in the customer search for the next person.
 */
export default function DeskServicePage() {
  const t = useT();
  const { message } = App.useApp();
  const deskPropertyId = usePropertyId();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<DeskValues>();
  const customer = useDeskCustomer();
  const timer = useWaitTimer();
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<InputRef>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ServiceRecord | null>(null);
  const escapedAt = useRef(0);

  const propertyId = customerPropertyId(customer.customer, deskPropertyId);
  const categories = useApiQuery(`desk-categories:${propertyId}`, () =>
    propertyId ? serviceDeskApi.categories(propertyId) : Promise.resolve([]),
  );
  const departments = useDepartments(propertyId ? [propertyId] : []);

  // The search gets focus back after the reset has been drawn (and the form is enabled again).
  const [searchFocus, setSearchFocus] = useState(0);
  useEffect(() => {
    if (searchFocus) search.current?.focus();
  }, [searchFocus]);
  const focusSearch = useCallback(() => setSearchFocus((n) => n + 1), []);
  const focusKind = useCallback(() => later(() => focusFlow(root.current, 'kind')), []);
  // The content field is always there: focus moves at once, so a fast typist's next key lands in it.
  const focusContent = useCallback(() => focusFlow(root.current, 'content'), []);

  // Opened from a person card, a unit page or the lookup: that customer is at the desk.
  const personId = params.get('personId');
  const unitId = params.get('unitId');
  const { choosePerson, chooseUnit } = customer;
  const { start } = timer;
  useEffect(() => {
    const picked = personId ? choosePerson(personId, unitId) : unitId ? chooseUnit(unitId) : null;
    void picked?.then((ok) => {
      if (!ok) return;
      start();
      // A person: on to what they want. A unit: first who is asking.
      if (personId) focusKind();
      else later(() => focusFlow(root.current, 'callerName'));
    });
  }, [personId, unitId, choosePerson, chooseUnit, start, focusKind]);

  const followCategory = useFormFollows(form, categories.data ?? NO_CATEGORIES);
  const onValuesChange = (changed: Partial<DeskValues>) => {
    timer.start();
    followCategory(changed);
  };

  const pick = async (result: SearchResult) => {
    const ok =
      result.type === 'unit'
        ? await customer.chooseUnit(result.id)
        : result.personId || result.type === 'person'
          ? await customer.choosePerson(
              result.type === 'person' ? result.id : result.personId!,
              result.unitId,
            )
          : false;
    if (!ok) return;
    timer.start();
    if (result.type === 'unit') later(() => focusFlow(root.current, 'callerName'));
    else focusKind();
  };

  const onUnknown = (typed: { name: string } | { phone: string }) => {
    timer.start();
    if ('name' in typed) {
      form.setFieldValue('customerName', typed.name);
      later(() => focusFlow(root.current, 'callerPhone'));
    } else {
      form.setFieldValue('customerPhone', typed.phone);
      later(() => focusFlow(root.current, 'callerName'));
    }
  };

  const focusFirstError = () => {
    const first = form.getFieldsError().find((f) => f.errors.length > 0)?.name[0];
    if (typeof first === 'string') focusFlow(root.current, FLOW_OF_FIELD[first] ?? first);
  };

  /** Another customer, the same request (the wrong 张伟 was picked): the form keeps what is typed. */
  const changeCustomer = () => {
    customer.clear();
    if (params.has('personId') || params.has('unitId')) setParams({}, { replace: true });
    focusSearch();
  };

  const reset = () => {
    form.resetFields();
    timer.reset();
    escapedAt.current = 0;
    changeCustomer();
  };

  const submit = async () => {
    if (saving || !propertyId) return;
    let values: DeskValues;
    try {
      values = { ...DESK_DEFAULTS, ...(await form.validateFields()) };
    } catch {
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      const record = await serviceDeskApi.create(toCreateBody(propertyId, customer.customer, values));
      setSaving(false);
      setSaved(record);
      message.success(t('serviceDesk.saved', { number: record.number }));
      reset();
    } catch (e) {
      setSaving(false);
      if (showFieldErrors(form, e, FIELDS)) later(focusFirstError);
      else message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  const dirty = () => {
    const v = form.getFieldsValue(['content', 'result', 'customerName', 'customerPhone']);
    return Object.values(v).some((text) => typeof text === 'string' && text.trim() !== '');
  };
  useDeskKeys({
    onSubmit: () => void submit(),
    onKindDigit: (digit) => {
      const next = kindOfDigit(digit);
      if (!next) return;
      form.setFieldValue('kind', next);
      timer.start();
      focusContent();
    },
    onEscape: () => {
      if (dirty() && Date.now() - escapedAt.current > CONFIRM_ESCAPE_MS) {
        escapedAt.current = Date.now();
        message.info({ content: t('serviceDesk.escapeAgain'), key: 'desk-escape', duration: 2.5 });
        return;
      }
      message.destroy('desk-escape');
      reset();
    },
  });

  if (!deskPropertyId) return <NoProperty />;
  return (
    <div ref={root} onKeyDown={(event) => flowOnEnter(event, root.current)}>
      <PageHeader title={t('serviceDesk.title')} subtitle={t('serviceDesk.subtitle')} />
      {saved && <SavedBanner record={saved} onClose={() => setSaved(null)} />}
      <Form<DeskValues>
        form={form}
        layout="vertical"
        initialValues={DESK_DEFAULTS}
        onValuesChange={onValuesChange}
        requiredMark={false}
        disabled={saving}
      >
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={20}>
              <PageCard title={t('serviceDesk.customer.title')}>
                <CustomerPanel
                  state={customer}
                  propertyId={deskPropertyId}
                  searchRef={search}
                  onPick={(r) => void pick(r)}
                  onUnknown={onUnknown}
                  onSkip={() => focusFlow(root.current, 'callerName')}
                  onChange={changeCustomer}
                />
              </PageCard>
              <PageCard title={t('serviceDesk.form.title')}>
                <DeskForm
                  form={form}
                  categories={categories.data ?? []}
                  departments={departments.data ?? []}
                  onKindPicked={focusContent}
                />
                <DeskActions saving={saving} onSubmit={() => void submit()} onClear={reset} />
              </PageCard>
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={20} style={{ position: 'sticky', top: 16 }}>
              <PhrasePanel
                propertyId={propertyId}
                language={customerLanguage(customer.customer)}
                waitSeconds={timer.seconds}
              />
              <DeskKeysHelp />
            </Flex>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
