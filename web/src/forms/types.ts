import type { LookupName } from '../shared/reference';

/** `datetime` is the device's local time (shared/datetime.ts converts); `list` is several texts. */
export type FieldType = 'text' | 'textarea' | 'password' | 'select' | 'multi' | 'checkbox' | 'date' | 'datetime' | 'number' | 'list';

/** A form field is data: one Field component switches on `type`. */
export interface FieldDef {
  name: string;
  type: FieldType;
  labelKey: string;
  helpKey?: string;
  /** Option list for select/multi; `options` on the Field overrides it (e.g. units). */
  lookup?: LookupName;
  required?: boolean;
  /** Marks a restricted field (shown with a badge; the server decides who sees it). */
  restricted?: boolean;
  testId?: string;
  autoComplete?: string;
  maxLength?: number;
}

export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

export interface Option {
  id: string;
  text: string;
}
