import { useEffect } from 'react';
import { Form, type FormInstance } from 'antd';
import { DESK_ANSWERABLE_KINDS, type ServiceCategory } from '@qiantai/contracts';
import { defaultDepartmentOf } from './categories';
import type { DeskValues } from './desk-values';

/**
 * Keeps the form consistent with its kind and category: a category of another kind is dropped,
 * "emergency" is for repairs only (it becomes "major"), only inquiries and suggestions are answered at
 * the desk, and picking a category fills in its department unless the user chose one. Returns the
 * form's onValuesChange part for the category (picks by the user only; the kind is watched, so a
 * click, a digit or Alt+digit all count).
 */
export function useFormFollows(form: FormInstance<DeskValues>, categories: readonly ServiceCategory[]) {
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    if (!kind) return;
    const { categoryId, severity } = form.getFieldsValue(['categoryId', 'severity']);
    const category = categories.find((c) => c.id === categoryId);
    if (category && category.kind !== kind) form.setFieldValue('categoryId', null);
    if (severity === 'emergency' && kind !== 'repair') form.setFieldValue('severity', 'major');
    if (!DESK_ANSWERABLE_KINDS.includes(kind)) form.setFieldValue('answeredAtDesk', false);
  }, [kind, form, categories]);

  return (changed: Partial<DeskValues>) => {
    if ('categoryId' in changed && !form.isFieldTouched('departmentId'))
      form.setFieldValue('departmentId', defaultDepartmentOf(categories, changed.categoryId ?? null));
  };
}
