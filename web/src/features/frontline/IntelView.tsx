import { COUNTRY_ROLE_KEYS, fieldsOf, handlingOf, ITEM_FIELD_KEYS, ITEM_KIND_KEYS, isItemKind, itemTitle, useGradingLabels } from '../../shared/intelligence';
import type { CountryRole, Facts, Grading, GradingDoc, ReportItem } from '../../shared/intelligence';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';

/** A report's (or an item's) grading as read: each grade with its label, the handling with its TLP. */
export function GradingView({ doc, grading, testId = 'grading-view' }: { doc: GradingDoc | undefined; grading: Grading | null | undefined; testId?: string }) {
  const { t } = useI18n();
  const labels = useGradingLabels(doc);
  if (!grading) return <p className="muted">{t('common.none')}</p>;
  const h = handlingOf(doc, grading.handling);
  return (
    <dl className="dl grading-view" data-testid={testId} data-source={grading.source} data-intelligence={grading.intelligence} data-handling={grading.handling}>
      <div className="dl-row">
        <dt>{t('intelligence.grading.source')}</dt>
        <dd>
          <strong>{grading.source}</strong> — {labels.source(grading.source)}
        </dd>
      </div>
      <div className="dl-row">
        <dt>{t('intelligence.grading.intelligence')}</dt>
        <dd>
          <strong>{grading.intelligence}</strong> — {labels.intelligence(grading.intelligence)}
        </dd>
      </div>
      <div className="dl-row">
        <dt>{t('intelligence.grading.handling')}</dt>
        <dd>
          <strong>{grading.handling}</strong> — {labels.handling(grading.handling)}
          {h && (
            <small className="muted">
              {' '}
              ({h.tlp}
              {h.special && ` · ${t('intelligence.grading.special')}`})
            </small>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** The structured facts as read: forms of exploitation, countries with their role, modus operandi. */
export function FactsView({ doc, facts }: { doc: GradingDoc | undefined; facts: Facts | null | undefined }) {
  const { t } = useI18n();
  const lookup = useLookupLabel();
  const labels = useGradingLabels(doc);
  const none = <span className="muted">{t('common.none')}</span>;
  const forms = facts?.exploitation_forms ?? [];
  const countries = facts?.countries ?? [];
  const modus = facts?.modus ?? [];
  const roleKey = (role: string) => COUNTRY_ROLE_KEYS[role as CountryRole];
  return (
    <dl className="dl facts-view" data-testid="facts-view">
      <div className="dl-row">
        <dt>{t('intelligence.facts.exploitation_forms')}</dt>
        <dd>{forms.length ? forms.map((f) => lookup('forms_of_exploitation', f)).join(', ') : none}</dd>
      </div>
      <div className="dl-row">
        <dt>{t('intelligence.facts.countries')}</dt>
        <dd>
          {countries.length
            ? countries.map((c, i) => (
                <span key={`${c.code}:${i}`} className="fact-chip" data-testid="fact-country" data-code={c.code} data-role={c.role}>
                  {lookup('countries', c.code)} ({roleKey(c.role) ? t(roleKey(c.role)) : c.role})
                </span>
              ))
            : none}
        </dd>
      </div>
      <div className="dl-row">
        <dt>{t('intelligence.facts.modus')}</dt>
        <dd>{modus.length ? modus.map((m) => labels.modus(m)).join(', ') : none}</dd>
      </div>
    </dl>
  );
}

interface ItemListProps {
  items: ReportItem[];
  /** Items hidden from the caller by their handling. */
  withheld?: number;
  doc: GradingDoc | undefined;
}

/** A report's items as read, each with its own grading when it has one; the withheld ones counted. */
export function ItemList({ items, withheld = 0, doc }: ItemListProps) {
  const { t } = useI18n();
  const lookup = useLookupLabel();
  const labels = useGradingLabels(doc);
  const fieldLabel = (name: string) => (ITEM_FIELD_KEYS[name] ? t(ITEM_FIELD_KEYS[name]) : name);
  return (
    <div className="stack-gap" data-testid="item-list">
      {items.length === 0 && withheld === 0 && <p className="muted">{t('intelligence.items.empty')}</p>}
      {items.length > 0 && (
        <ul className="item-list">
          {items.map((item, i) => (
            <li key={item.id ?? i} className="item-card" data-testid="item-view" data-item-id={item.id} data-kind={item.kind}>
              <p className="item-card-head">
                <span className="badge badge-kind">{isItemKind(item.kind) ? t(ITEM_KIND_KEYS[item.kind]) : item.kind}</span> <strong>{itemTitle(item) || t('common.none')}</strong>
              </p>
              <ul className="item-fields">
                {fieldsOf(item)
                  .slice(1)
                  .filter((f) => item.fields?.[f.name])
                  .map((f) => (
                    <li key={f.name}>
                      <span className="muted">{fieldLabel(f.name)}:</span> {f.type === 'country' ? lookup('countries', item.fields[f.name]) : item.fields[f.name]}
                    </li>
                  ))}
              </ul>
              {item.grading && (
                <p className="muted item-summary" data-testid="item-grading" title={labels.handling(item.grading.handling)}>
                  {t('intelligence.grading.short', { source: item.grading.source, intelligence: item.grading.intelligence, handling: item.grading.handling })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {withheld > 0 && (
        <p className="alert alert-info" data-testid="items-withheld" data-count={withheld}>
          {t('intelligence.items.withheld', { count: withheld })}
        </p>
      )}
    </div>
  );
}
