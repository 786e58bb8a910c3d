import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { RecordFormModal, type RecordFormProps } from '../RecordFormModal';

type Mode<V, B, R> = Pick<RecordFormProps<V, B, R>, 'title' | 'initialValues' | 'schema' | 'toBody' | 'save'>;

interface Props<V, T extends { version: number }, C, U, R> {
  open: boolean;
  onClose(): void;
  /** The record being edited; null creates a new one. */
  record: T | null;
  fields: readonly string[];
  conflictField?: string;
  savedMessage: string;
  width?: number;
  /** Called with what the server saved; the dialog then closes. */
  onSaved(result: R): void;
  create: Mode<V, C, R>;
  edit(record: T): Omit<Mode<V, U, R>, 'initialValues'> & {
    /** The form values of a record: the one opened, and the fresh one after a 409 reload. */
    toValues(record: T): Partial<V>;
    /** Reads the record again after someone else saved it (no reload when absent). */
    fetchFresh?(): Promise<T>;
  };
  children(form: FormInstance<V>): ReactNode;
}

/** One dialog for creating and editing a directory record: the edit carries the record's version. */
export function CreateOrEditModal<V extends object, T extends { version: number }, C, U, R>({
  record,
  create,
  edit,
  onSaved,
  ...common
}: Props<V, T, C, U, R>) {
  const onSavedThenClose = (result: R) => {
    onSaved(result);
    common.onClose();
  };
  if (!record) return <RecordFormModal<V, C, R> {...common} {...create} onSaved={onSavedThenClose} />;
  const { toValues, fetchFresh, ...mode } = edit(record);
  return (
    <RecordFormModal<V, U, R>
      {...common}
      {...mode}
      initialValues={toValues(record)}
      version={record.version}
      reload={
        fetchFresh &&
        (async () => {
          const fresh = await fetchFresh();
          return { values: toValues(fresh), version: fresh.version };
        })
      }
      onSaved={onSavedThenClose}
    />
  );
}
