import { useI18n } from '../../shared/useI18n';
import { FLAG_KEYS } from './display';
import type { Exhibit } from './types';

/**
 * What is wrong with the chain, above everything else on the page: a red banner when the hashes
 * do not hold (an event was altered, removed or re-ordered), and every flag with its event.
 */
export function CustodyAlerts({ x }: { x: Exhibit }) {
  const { t } = useI18n();
  return (
    <>
      {!x.chain_ok && (
        <div className="alert alert-error chain-broken" role="alert" data-testid="chain-broken">
          <p>
            <strong>{t('exhibits.chain.broken')}</strong>
          </p>
          <p>{t('exhibits.chain.broken_help')}</p>
        </div>
      )}
      {x.flags.length > 0 && (
        <div className="alert alert-warning" role="alert" data-testid="custody-flags">
          <p>
            <strong>{t('exhibits.flags.title')}</strong>
          </p>
          <ul className="flag-list">
            {x.flags.map((f) => (
              <li key={`${f.seq}:${f.code}`} data-testid={`custody-flag-${f.code}`}>
                <span className="muted">{t('exhibits.flags.event', { seq: f.seq })}</span>{' '}
                {FLAG_KEYS[f.code] ? t(FLAG_KEYS[f.code]) : f.message || f.code}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
