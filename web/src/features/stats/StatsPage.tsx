import { useLoad } from '../../shared/hooks';
import { AGE_GROUP_KEYS, SEX_KEYS } from '../../shared/people';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference, useRefLabel } from '../../shared/protectionReference';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { getProtectionStats } from './api';
import { CountTable } from './CountTable';

/** Container: victim identification and protection in numbers — counts only, never names. */
export function StatsPage() {
  const { t } = useI18n();
  const lookup = useLookupLabel();
  const refLabel = useRefLabel();
  const ref = useLoad(loadProtectionReference, []);
  const stats = useLoad(getProtectionStats, []);
  const s = stats.data;
  const r = ref.data;
  const keyed = (keys: Record<string, string>) => (id: string) => (keys[id] ? t(keys[id]) : id);
  return (
    <section className="page" data-testid="stats-page">
      <div className="page-head">
        <h1>{t('stats.title')}</h1>
        <button type="button" onClick={stats.reload} data-testid="stats-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <p className="muted">{t('stats.help')}</p>
      <ProblemAlert error={stats.error ?? ref.error} />
      {!s && !stats.error && <p className="loading">{t('app.loading')}</p>}
      {s && (
        <>
          <div className="stat-totals">
            <p className="card stat-total" data-testid="stats-victims-total">
              <span className="muted">{t('stats.victims_total')}</span>
              <strong>{s.victims?.total ?? 0}</strong>
            </p>
            <p className="card stat-total" data-testid="stats-referrals-total">
              <span className="muted">{t('stats.referrals_total')}</span>
              <strong>{s.referrals?.total ?? 0}</strong>
            </p>
            <p className="card stat-total" data-testid="stats-referrals-overdue">
              <span className="muted">{t('stats.referrals_overdue')}</span>
              <strong>{s.referrals?.overdue ?? 0}</strong>
            </p>
          </div>
          <div className="two-col">
            <CountTable titleKey="stats.by_assistance_status" testId="stats-assistance" counts={s.victims?.by_assistance_status} order={r?.assistance_statuses.map((x) => x.id)} labelOf={(id) => refLabel(r?.assistance_statuses ?? [], id)} />
            <CountTable titleKey="stats.by_procedural_status" testId="stats-procedural" counts={s.victims?.by_procedural_status} order={r?.procedural_statuses.map((x) => x.id)} labelOf={(id) => refLabel(r?.procedural_statuses ?? [], id)} />
            <CountTable titleKey="stats.by_sex" testId="stats-sex" counts={s.victims?.by_sex} order={Object.keys(SEX_KEYS)} labelOf={keyed(SEX_KEYS)} />
            <CountTable titleKey="stats.by_age_group" testId="stats-age" counts={s.victims?.by_age_group} order={Object.keys(AGE_GROUP_KEYS)} labelOf={keyed(AGE_GROUP_KEYS)} />
            <CountTable titleKey="stats.by_nationality" testId="stats-nationality" counts={s.victims?.by_nationality} labelOf={(id) => lookup('countries', id)} />
            <CountTable titleKey="stats.by_exploitation" testId="stats-exploitation" counts={s.victims?.by_exploitation} labelOf={(id) => lookup('forms_of_exploitation', id)} />
            <CountTable titleKey="stats.referrals_by_state" testId="stats-referral-states" counts={s.referrals?.by_state} order={r?.referral_states.map((x) => x.id)} labelOf={(id) => refLabel(r?.referral_states ?? [], id)} />
          </div>
        </>
      )}
    </section>
  );
}
