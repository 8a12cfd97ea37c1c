import { indexRecords, PropertyValue, recordPath, usePropertyLabel } from '../entities';
import type { Entity, EntitySchemaDoc } from '../entities';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { compareRecords, withheldProperties } from './display';
import type { CompareValue } from './display';
import type { MatchSide } from './types';

interface Props {
  a: Entity | null | undefined;
  b: Entity | null | undefined;
  sideA: MatchSide;
  sideB: MatchSide;
  doc: EntitySchemaDoc | undefined;
}

const NO_RECORDS = indexRecords([]);

/**
 * The two records side by side: one row per property either has a value for, A's values in one
 * column and B's in the other; a value the other record has too (after lower-casing) is
 * highlighted and marked "same" in words. A property the reader may not see is absent from the
 * record, so an empty cell there says "none, or withheld from you".
 */
export function MatchComparison({ a, b, sideA, sideB, doc }: Props) {
  const { t } = useI18n();
  const schema = a?.schema ?? b?.schema ?? sideA.schema;
  const propLabel = usePropertyLabel(doc ?? { version: 0, schemata: {} }, schema);
  const rows = compareRecords(a, b, doc);
  const withheld = { a: withheldProperties(a, doc), b: withheldProperties(b, doc) };
  const colA = t('matches.compare.record_a', { reference: sideA.case_reference });
  const colB = t('matches.compare.record_b', { reference: sideB.case_reference });
  const def = (p: string) => doc?.schemata[a?.schema ?? '']?.properties[p] ?? doc?.schemata[b?.schema ?? '']?.properties[p];

  const cell = (side: 'a' | 'b', record: Entity | null | undefined, where: MatchSide, values: CompareValue[], property: string, link: boolean) => {
    if (!record) return <span className="muted">{t('matches.compare.not_shown')}</span>;
    if (values.length === 0) {
      return <span className="muted">{withheld[side].has(property) ? t('matches.compare.maybe_withheld') : t('common.none')}</span>;
    }
    return (
      <ul className="compare-values">
        {values.map((v) => (
          <li key={v.value} className={v.same ? 'compare-value same' : 'compare-value'} data-same={v.same ? 'true' : undefined}>
            {link ? (
              <Link to={recordPath(where.case_id, v.value)}>{t('matches.compare.linked_record')}</Link>
            ) : (
              <PropertyValue caseId={where.case_id} def={def(property)} value={v.value} records={NO_RECORDS} />
            )}
            {v.normalized && v.normalized.toLowerCase() !== v.value.toLowerCase() && (
              <small className="muted compare-normalized"> ({v.normalized})</small>
            )}
            {v.same && <span className="same-marker"> {t('matches.compare.same')}</span>}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="stack-gap" data-testid="match-comparison">
      <h2>{t('matches.compare.title')}</h2>
      <p className="muted">{t('matches.compare.help')}</p>
      {(a?.identity_restricted || b?.identity_restricted) && (
        <p className="alert alert-info" data-testid="match-identity-restricted">
          {t('entities.page.identity_restricted_help')}
        </p>
      )}
      {!a && !b ? (
        <p className="muted">{t('matches.compare.no_records')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('matches.compare.no_properties')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table stack compare-table" data-testid="match-compare">
            <thead>
              <tr>
                <th scope="col">{t('matches.compare.property')}</th>
                <th scope="col">{colA}</th>
                <th scope="col">{colB}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.property} className={r.same ? 'compare-row same' : 'compare-row'} data-testid="match-compare-row" data-property={r.property} data-same={r.same ? 'true' : 'false'}>
                  <th scope="row" className="compare-property">
                    {propLabel(r.property)}
                  </th>
                  {/* On a phone each row is a card: the short label, the cases are named above. */}
                  <td data-label={t('matches.fields.a')}>{cell('a', a, sideA, r.a, r.property, r.link)}</td>
                  <td data-label={t('matches.fields.b')}>{cell('b', b, sideB, r.b, r.property, r.link)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
