import type { FieldDef, Option } from './types';

interface Base {
  def: FieldDef;
  id: string;
  describedBy?: string;
}

export function TextInput({ def, id, describedBy, value, onChange }: Base & { value: string; onChange: (v: string) => void }) {
  const common = {
    id,
    name: def.name,
    value,
    required: def.required,
    maxLength: def.maxLength,
    'aria-describedby': describedBy,
    'data-testid': def.testId,
  };
  if (def.type === 'textarea') return <textarea rows={4} {...common} onChange={(e) => onChange(e.target.value)} />;
  const type = def.type === 'password' ? 'password' : def.type === 'date' ? 'date' : 'text';
  return <input type={type} autoComplete={def.autoComplete} {...common} onChange={(e) => onChange(e.target.value)} />;
}

export function SelectInput({ def, id, describedBy, value, options, emptyText, onChange }: Base & { value: string; options: Option[]; emptyText: string; onChange: (v: string) => void }) {
  return (
    <select id={id} name={def.name} value={value} required={def.required} aria-describedby={describedBy} data-testid={def.testId} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyText}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.text}
        </option>
      ))}
    </select>
  );
}

export function CheckboxGroup({ def, id, value, options, onChange }: Base & { value: string[]; options: Option[]; onChange: (v: string[]) => void }) {
  const toggle = (optionId: string, on: boolean) =>
    onChange(on ? [...value, optionId] : value.filter((v) => v !== optionId));
  return (
    <div className={options.length > 10 ? 'checks checks-scroll' : 'checks'} id={id} data-testid={def.testId}>
      {options.map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" name={def.name} value={o.id} checked={value.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  );
}
