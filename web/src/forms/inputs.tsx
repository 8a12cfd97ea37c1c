import type { FieldDef, Option } from './types';

interface Base {
  def: FieldDef;
  id: string;
  describedBy?: string;
  invalid?: boolean;
}

const INPUT_TYPES: Partial<Record<FieldDef['type'], string>> = {
  password: 'password',
  date: 'date',
  datetime: 'datetime-local',
  number: 'number',
};

export function TextInput({ def, id, describedBy, invalid, value, onChange }: Base & { value: string; onChange: (v: string) => void }) {
  const common = {
    id,
    name: def.name,
    value,
    required: def.required,
    maxLength: def.maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'data-testid': def.testId,
  };
  if (def.type === 'textarea') return <textarea rows={4} {...common} onChange={(e) => onChange(e.target.value)} />;
  const type = INPUT_TYPES[def.type] ?? 'text';
  return (
    <input
      type={type}
      autoComplete={def.autoComplete}
      inputMode={def.type === 'number' ? 'numeric' : undefined}
      min={def.type === 'number' ? 0 : undefined}
      {...common}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function SelectInput({ def, id, describedBy, invalid, value, options, emptyText, onChange }: Base & { value: string; options: Option[]; emptyText: string; onChange: (v: string) => void }) {
  return (
    <select id={id} name={def.name} value={value} required={def.required} aria-describedby={describedBy} aria-invalid={invalid || undefined} data-testid={def.testId} onChange={(e) => onChange(e.target.value)}>
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

interface ListProps extends Base {
  value: string[];
  onChange: (v: string[]) => void;
  addText: string;
  removeText: string;
}

/** Several short texts (seal numbers): one input each, "+ add another" and remove for extras. */
export function ListInput({ def, id, describedBy, invalid, value, onChange, addText, removeText }: ListProps) {
  const list = value.length > 0 ? value : [''];
  const set = (i: number, v: string) => onChange(list.map((old, j) => (j === i ? v : old)));
  return (
    <div className="list-input" data-testid={def.testId}>
      {list.map((v, i) => (
        <div key={i} className="value-row">
          <input
            id={i === 0 ? id : `${id}-${i}`}
            name={def.name}
            value={v}
            maxLength={def.maxLength}
            autoComplete="off"
            spellCheck={false}
            aria-label={i > 0 ? `(${i + 1})` : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid={def.testId && `${def.testId}-${i}`}
            onChange={(e) => set(i, e.target.value)}
          />
          {list.length > 1 && (
            <button type="button" className="value-remove" aria-label={removeText} title={removeText} onClick={() => onChange(list.filter((_, j) => j !== i))}>
              ×
            </button>
          )}
        </div>
      ))}
      <button type="button" className="link-button add-value" onClick={() => onChange([...list, ''])}>
        {addText}
      </button>
    </div>
  );
}
