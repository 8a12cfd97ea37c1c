import { useI18n } from '../../shared/useI18n';
import type { Reflection } from './types';

/** The reflection period: when it ends, whether it runs, and whether its length is verified in law. */
export function ReflectionPanel({ reflection }: { reflection: Reflection | null }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card stack-gap" data-testid="file-reflection">
      <h2>{t('protection.reflection.title')}</h2>
      {!reflection ? (
        <p className="muted">{t('protection.reflection.not_started')}</p>
      ) : (
        <>
          <p className="wf-current">
            <span>{t('protection.reflection.ends')}:</span>
            <strong data-testid="file-reflection-ends" data-value={reflection.ends_at}>{formatDate(reflection.ends_at)}</strong>
            <span className={reflection.running ? 'state status-running' : 'state'} data-testid="file-reflection-state" data-running={reflection.running ? 'true' : 'false'}>
              {reflection.running ? t('protection.reflection.running') : t('protection.reflection.ended')}
            </span>
            {!reflection.verified && (
              <span className="badge badge-flag" data-testid="file-reflection-unverified" title={t('protection.reflection.unverified_help')}>
                {t('protection.reflection.unverified')}
              </span>
            )}
          </p>
          <p className="muted">{t('protection.reflection.started', { at: formatDate(reflection.started_at), count: reflection.days })}</p>
          {!reflection.verified && <p className="help">{t('protection.reflection.unverified_help')}</p>}
        </>
      )}
    </section>
  );
}
