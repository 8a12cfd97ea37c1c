import { useI18n } from '../../shared/useI18n';
import { countRows } from './counts';
import type { Counts } from './types';

interface Props {
  titleKey: string;
  testId: string;
  counts: Counts | undefined;
  /** Known categories, shown in this order even at zero. */
  order?: string[];
  labelOf: (id: string) => string;
}

/** One breakdown: category, count and a bar against the largest. */
export function CountTable({ titleKey, testId, counts, order, labelOf }: Props) {
  const { t } = useI18n();
  const rows = countRows(counts, order);
  return (
    <section className="card stack-gap" data-testid={testId}>
      <h3>{t(titleKey)}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('stats.no_data')}</p>
      ) : (
        <table className="count-table">
          <thead>
            <tr>
              <th scope="col">{t('stats.category')}</th>
              <th scope="col" className="num">{t('stats.count')}</th>
              <th scope="col" aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`${testId}-${r.id}`} data-count={r.count}>
                <td>{labelOf(r.id)}</td>
                <td className="num">{r.count}</td>
                <td className="bar-cell" aria-hidden="true">
                  <span className="count-bar" style={{ width: `${r.bar}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
