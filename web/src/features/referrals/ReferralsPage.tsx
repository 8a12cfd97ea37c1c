import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { listReferrals } from './api';
import { ReferralCard } from './ReferralCard';
import { byUrgency } from './transitions';
import type { Referral } from './types';

/**
 * Container: for a referral partner, the referrals addressed to their organisation (with only the
 * person data the consent covers) and their answers; for others, the referrals of files they see.
 */
export function ReferralsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const partner = can('referral.respond');
  const ref = useLoad(loadProtectionReference, []);
  const list = useLoad(listReferrals, []);
  // A changed referral keeps its place until the list is loaded again; the person data stays.
  const changed = (r: Referral) => list.setData((list.data ?? []).map((x) => (x.id === r.id ? { ...x, ...r } : x)));
  const rows = byUrgency(list.data ?? []);
  const reference = ref.data;
  return (
    <section className="page" data-testid="referrals-page">
      <div className="page-head">
        <h1>{partner ? t('referrals.partner_title') : t('referrals.title')}</h1>
        <div className="page-actions">
          <Permission anyOf={['victim.identify', 'stats.read']}>
            <Link to="/referrals/overdue" className="button" data-testid="referrals-overdue-link">
              {t('referrals.overdue_title')}
            </Link>
          </Permission>
          <button type="button" onClick={list.reload} data-testid="referrals-reload">
            {t('buttons.reload')}
          </button>
        </div>
      </div>
      {partner && <p className="muted">{t('referrals.partner_help')}</p>}
      <ProblemAlert error={list.error ?? ref.error} />
      {(!list.data || !reference) && !list.error && !ref.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && reference && rows.length === 0 && <p className="muted" data-testid="referrals-empty">{t('referrals.empty')}</p>}
      {list.data && reference && rows.length > 0 && (
        <ul className="wf-steps" data-testid="referral-list">
          {rows.map((r) => (
            <ReferralCard key={r.id} referral={r} reference={reference} partner={partner} onChanged={changed} onReload={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
