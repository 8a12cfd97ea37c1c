import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { fieldsOf, ITEM_FIELD_KEYS, ITEM_KIND_KEYS, ITEM_KIND_LIST, ITEM_KINDS, isItemKind, itemHandlingCodes, itemTitle } from '../../shared/intelligence';
import type { Grading, GradingDoc, ItemFieldDef, ItemKind, ReportItem } from '../../shared/intelligence';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { isoCountry } from './FactsFields';
import { GradingSelects } from './GradingSelects';
import { checkItem } from './reportForm';

interface Props {
  doc: GradingDoc | undefined;
  items: ReportItem[];
  /** The report's grading: an item starts from it and is never handled more widely. */
  reportGrading: Grading;
  /** Applied by the caller to its newest list. */
  onChange: (update: (items: ReportItem[]) => ReportItem[]) => void;
}

export interface ItemDraft {
  /** Position in the list being changed; null for a new item. */
  index: number | null;
  id?: string;
  kind: ItemKind;
  fields: Record<string, string>;
  ownGrading: boolean;
  grading: Grading;
}

function useFieldLabel() {
  const { t } = useI18n();
  return (name: string) => (ITEM_FIELD_KEYS[name] ? t(ITEM_FIELD_KEYS[name]) : name);
}

/** The item as it will be kept: fields trimmed, empty ones left out, its own grading only when chosen. */
export function draftItem(draft: ItemDraft): ReportItem {
  const item: ReportItem = { kind: draft.kind, fields: Object.fromEntries(Object.entries(draft.fields).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')) };
  if (draft.id) item.id = draft.id;
  if (draft.ownGrading) item.grading = { ...draft.grading };
  return item;
}

interface DraftProps {
  draft: ItemDraft;
  doc: GradingDoc | undefined;
  reportHandling: string;
  error: unknown;
  onChange: (update: (d: ItemDraft) => ItemDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** Presentational: the fields of one item of its kind, its optional own grading, save and cancel. */
export function ItemDraftForm({ draft, doc, reportHandling, error, onChange, onSave, onCancel }: DraftProps) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const errorFor = useFieldError(error);
  const fieldLabel = useFieldLabel();
  const countries = lookups.countries.filter((c) => isoCountry(c.id));
  const enterSaves = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onSave();
    }
  };
  const input = (f: ItemFieldDef) => {
    const id = `item-field-${f.name}`;
    const value = draft.fields[f.name] ?? '';
    const set = (v: string) => onChange((d) => ({ ...d, fields: { ...d.fields, [f.name]: v } }));
    const invalid = Boolean(errorFor(`fields.${f.name}`));
    let control;
    if (f.type === 'textarea') {
      control = <textarea id={id} rows={2} maxLength={2000} value={value} data-testid={id} onChange={(e) => set(e.target.value)} />;
    } else if (f.type === 'country') {
      control = (
        <select id={id} value={value} data-testid={id} onChange={(e) => set(e.target.value)}>
          <option value="">{t('forms.choose')}</option>
          {value && !countries.some((c) => c.id === value) && <option value={value}>{value}</option>}
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c.label, c.id)}
            </option>
          ))}
        </select>
      );
    } else {
      const type = f.type === 'date' ? 'date' : f.type === 'tel' ? 'tel' : 'text';
      control = (
        <input
          id={id}
          type={type}
          value={value}
          maxLength={500}
          autoComplete="off"
          inputMode={f.type === 'tel' ? 'tel' : undefined}
          aria-invalid={invalid || undefined}
          data-testid={id}
          onKeyDown={enterSaves}
          onChange={(e) => set(e.target.value)}
        />
      );
    }
    return (
      <div key={f.name} className={`field${invalid ? ' invalid' : ''}`}>
        <label htmlFor={id}>
          {fieldLabel(f.name)}
          {f.required && <span className="required" aria-hidden="true"> *</span>}
        </label>
        {control}
      </div>
    );
  };
  return (
    <>
      {ITEM_KINDS[draft.kind].map(input)}
      <label className="check big-check">
        <input type="checkbox" checked={draft.ownGrading} data-testid="item-grading-own" onChange={(e) => {
            const on = e.target.checked;
            onChange((d) => ({ ...d, ownGrading: on }));
          }} />
        <span>{t('intelligence.items.own_grading')}</span>
      </label>
      {draft.ownGrading && (
        <GradingSelects
          doc={doc}
          value={draft.grading}
          idPrefix="item-grading"
          handlingCodes={itemHandlingCodes(doc, reportHandling)}
          invalid={errorFor('grading.handling') ? 'handling' : undefined}
          onChange={(patch) => onChange((d) => ({ ...d, grading: { ...d.grading, ...patch } }))}
        />
      )}
      <ProblemAlert error={error} fieldLabel={(f) => (f.startsWith('fields.') ? fieldLabel(f.slice(7)) : f === 'grading.handling' ? t('intelligence.grading.handling') : undefined)} />
      <div className="actions phone-actions">
        <button type="button" className="primary" data-testid="item-save" onClick={onSave}>
          {t('intelligence.items.save')}
        </button>
        <button type="button" data-testid="item-cancel" onClick={onCancel}>
          {t('buttons.cancel')}
        </button>
      </div>
    </>
  );
}

/** Presentational: the items so far, each with its kind, name, other fields and own grading. */
export function ItemRows({ items, editing, onEdit, onRemove }: { items: ReportItem[]; editing: number | null; onEdit: (i: number) => void; onRemove: (i: number) => void }) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const fieldLabel = useFieldLabel();
  const countryLabel = (code: string) => label(lookups.countries.find((c) => c.id === code)?.label, code);
  const summary = (item: ReportItem) =>
    fieldsOf(item)
      .slice(1)
      .map((f) => {
        const v = item.fields?.[f.name];
        return v ? `${fieldLabel(f.name)}: ${f.type === 'country' ? countryLabel(v) : v}` : null;
      })
      .filter(Boolean)
      .join(' · ');
  if (items.length === 0) return <p className="muted" data-testid="items-empty">{t('intelligence.items.empty')}</p>;
  return (
    <ul className="item-list">
      {items.map((item, i) => (
        <li key={item.id ?? `new-${i}`} className={`item-card${editing === i ? ' editing' : ''}`} data-testid="item-row" data-kind={item.kind}>
          <p className="item-card-head">
            <span className="badge badge-kind">{isItemKind(item.kind) ? t(ITEM_KIND_KEYS[item.kind]) : item.kind}</span> <strong>{itemTitle(item) || t('common.none')}</strong>
          </p>
          {summary(item) && <p className="muted item-summary">{summary(item)}</p>}
          {item.grading && (
            <p className="muted item-summary" data-testid="item-grading">
              {t('intelligence.grading.short', { source: item.grading.source, intelligence: item.grading.intelligence, handling: item.grading.handling })}
            </p>
          )}
          <div className="actions">
            <button type="button" data-testid={`item-edit-${i}`} onClick={() => onEdit(i)}>
              {t('buttons.edit')}
            </button>
            <button type="button" className="danger" data-testid={`item-remove-${i}`} onClick={() => onRemove(i)}>
              {t('buttons.remove')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * The people, organisations, phones, addresses, vehicles, documents and accounts of the report:
 * choose a kind, add one (its fields, optionally its own grading), change or remove it. Sits
 * inside the report form, so its buttons never submit the report.
 */
export function ItemsEditor({ doc, items, reportGrading, onChange }: Props) {
  const { t } = useI18n();
  const [kindChoice, setKindChoice] = useState<ItemKind>('person');
  const [draft, setDraft] = useState<ItemDraft | null>(null);
  const [error, setError] = useState<unknown>(null);

  const open = (kind: ItemKind) => {
    setError(null);
    setDraft({ index: null, kind, fields: {}, ownGrading: false, grading: { ...reportGrading } });
  };
  const edit = (i: number) => {
    const item = items[i];
    setError(null);
    setDraft({
      index: i,
      id: item.id,
      kind: isItemKind(item.kind) ? item.kind : 'person',
      fields: { ...item.fields },
      ownGrading: Boolean(item.grading),
      grading: { ...reportGrading, ...(item.grading ?? {}) },
    });
  };
  // The kind stays changeable while the fields are open: fields of the same name are kept.
  const changeKind = (kind: ItemKind) => {
    if (!draft) return setKindChoice(kind);
    const names = new Set(ITEM_KINDS[kind].map((f) => f.name));
    setDraft((d) => d && { ...d, kind, fields: Object.fromEntries(Object.entries(d.fields).filter(([k]) => names.has(k))) });
  };
  const save = () => {
    if (!draft) return;
    const item = draftItem(draft);
    const problem = checkItem(item, reportGrading.handling, doc);
    setError(problem);
    if (problem) return;
    const index = draft.index;
    onChange((list) => (index === null ? [...list, item] : list.map((old, j) => (j === index ? item : old))));
    setKindChoice(draft.kind);
    setDraft(null);
  };
  const remove = (i: number) => {
    onChange((list) => list.filter((_, j) => j !== i));
    if (draft?.index === i) setDraft(null);
  };

  return (
    <div className="stack-gap items-editor" data-testid="items-editor">
      <ItemRows items={items} editing={draft?.index ?? null} onEdit={edit} onRemove={remove} />
      <div className={draft ? 'card stack-gap item-draft' : 'stack-gap'} data-testid={draft ? 'item-draft' : undefined}>
        {draft && <h3>{t(draft.index === null ? 'intelligence.items.new' : 'intelligence.items.edit')}</h3>}
        <div className="field">
          <label htmlFor="item-kind">{t('intelligence.items.kind')}</label>
          <select id="item-kind" value={draft?.kind ?? kindChoice} data-testid="item-kind" onChange={(e) => isItemKind(e.target.value) && changeKind(e.target.value)}>
            {ITEM_KIND_LIST.map((k) => (
              <option key={k} value={k}>
                {t(ITEM_KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </div>
        {draft ? (
          <ItemDraftForm draft={draft} doc={doc} reportHandling={reportGrading.handling} error={error} onChange={(update) => setDraft((d) => d && update(d))} onSave={save} onCancel={() => setDraft(null)} />
        ) : (
          <button type="button" className="wide-button" data-testid="item-add" onClick={() => open(kindChoice)}>
            {t('intelligence.items.add')}
          </button>
        )}
      </div>
    </div>
  );
}
