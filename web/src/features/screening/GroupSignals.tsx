import { useI18n } from '../../shared/useI18n';
import type { GroupSignal } from './types';

/** Per group of indicators: how many were observed of how many, and how many of them direct. No score. */
export function GroupSignals({ groups }: { groups: GroupSignal[] }) {
  const { t, label } = useI18n();
  return (
    <ul className="screening-signals">
      {groups.map((g) => (
        <li key={`${g.set}:${g.group}`} className={g.observed > 0 ? 'observed' : undefined} data-testid={`screening-signal-${g.set}-${g.group}`}>
          <span className="screening-signal-label">{label(g.label, g.group)}</span>
          <span className="muted">{t('screening.result.group_line', { observed: g.observed, total: g.total, direct: g.direct_observed })}</span>
        </li>
      ))}
    </ul>
  );
}
