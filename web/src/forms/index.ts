export { Field } from './Field';
export type { FieldDef, FieldType, FieldValue, FormValues, Option } from './types';
