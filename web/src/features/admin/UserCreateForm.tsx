import type { FieldDef, FormValues } from '../../forms';
import { useReference } from '../../shared/reference';
import { createUser } from './api';
import { SimpleForm } from './SimpleForm';

const FIELDS: FieldDef[] = [
  { name: 'username', type: 'text', labelKey: 'user.fields.username', required: true, autoComplete: 'off', testId: 'user-form-username' },
  { name: 'display_name', type: 'text', labelKey: 'user.fields.display_name', required: true, testId: 'user-form-display-name' },
  { name: 'role', type: 'select', labelKey: 'user.fields.role', lookup: 'roles', required: true, testId: 'user-form-role' },
  { name: 'unit_code', type: 'select', labelKey: 'user.fields.unit_code', required: true, testId: 'user-form-unit' },
  { name: 'password', type: 'password', labelKey: 'user.fields.password', required: true, autoComplete: 'new-password', helpKey: 'user.help.password', testId: 'user-form-password' },
];

const EMPTY: FormValues = { username: '', display_name: '', role: '', unit_code: '', password: '' };
const s = (v: FormValues, k: string) => String(v[k] ?? '').trim();

export function UserCreateForm({ onSaved }: { onSaved: () => void }) {
  const { units } = useReference();
  const unitOptions = units.map((u) => ({ id: u.code, text: `${u.code} — ${u.name}` }));
  return (
    <SimpleForm
      titleKey="admin.users.create_title"
      fields={FIELDS}
      initial={EMPTY}
      fieldPrefix="user.fields"
      options={{ unit_code: unitOptions }}
      submitKey="buttons.create"
      testId="user-form"
      save={(v) =>
        createUser({ username: s(v, 'username'), display_name: s(v, 'display_name'), role: s(v, 'role'), unit_code: s(v, 'unit_code'), password: String(v.password ?? '') })
      }
      onSaved={onSaved}
    />
  );
}
