import { useI18n } from '../../shared/useI18n';
import type { Observation } from './types';

/** The indicators observed in a screening, with the officer's notes. */
export function ObservationList({ observations }: { observations: Observation[] }) {
  const { t, label } = useI18n();
  if (observations.length === 0) return <p className="muted">{t('screening.none_observed')}</p>;
  return (
    <ul className="screening-observations">
      {observations.map((o) => (
        <li key={o.indicator}>
          {label(o.text, o.indicator)}
          {o.direct && <span className="badge badge-direct">{t('screening.direct')}</span>}
          {o.note && <span className="muted pre"> — {o.note}</span>}
        </li>
      ))}
    </ul>
  );
}
