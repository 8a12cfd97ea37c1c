import { useI18n } from '../../shared/useI18n';
import { reasonText, STRENGTH_KEYS } from './display';
import type { MatchReason } from './types';

interface Props {
  reasons: MatchReason[];
  /** Show only the first few (the queue shows 3) and say how many more there are. */
  limit?: number;
}

/** Why the system proposes the match: each reason with its strength as a word and a colour. */
export function ReasonList({ reasons, limit }: Props) {
  const { t, lang } = useI18n();
  if (reasons.length === 0) return <p className="muted">{t('matches.reasons.empty')}</p>;
  const shown = limit === undefined ? reasons : reasons.slice(0, limit);
  const more = reasons.length - shown.length;
  return (
    <ul className="match-reasons">
      {shown.map((r, i) => (
        <li key={`${r.code}:${i}`} className={`match-reason match-reason-${r.strength}`} data-testid="match-reason" data-strength={r.strength} data-code={r.code}>
          <span className={`badge reason-strength reason-strength-${r.strength}`}>{STRENGTH_KEYS[r.strength] ? t(STRENGTH_KEYS[r.strength]) : r.strength}</span>{' '}
          <span className="match-reason-text">{reasonText(r, lang)}</span>
        </li>
      ))}
      {more > 0 && <li className="muted match-reasons-more">{t('matches.reasons.more', { count: more })}</li>}
    </ul>
  );
}
