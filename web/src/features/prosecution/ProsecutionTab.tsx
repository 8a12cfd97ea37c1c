import { useState } from 'react';
import { listParties, newRecordPath, usePartyOptions } from '../entities';
import { getTimeline } from '../timeline';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { listCharges } from './api';
import { ChargeCreate } from './ChargeCreate';
import { ChargeEdit } from './ChargeEdit';
import { ChargeTable } from './ChargeTable';
import { HearingList } from './HearingList';
import { defaultJurisdiction, loadJurisdictions } from './jurisdictions';
import type { Charge } from './types';

interface Props {
  caseId: string;
  /** The case's jurisdiction, preselected for a new charge. */
  country?: string;
}

/**
 * Container of the case page's "prosecution" tab: the charges (with an add form and an edit form
 * per charge) and the hearings from the timeline. The articles come from GET /jurisdictions,
 * fetched once per page load.
 */
export function ProsecutionTab({ caseId, country }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const doc = useLoad(loadJurisdictions, []);
  const [adding, setAdding] = useState(false);
  // Every record listed is audited as seen: the suspects are loaded only for the add form.
  const parties = useLoad(() => (adding ? listParties(caseId) : Promise.resolve([])), [caseId, adding]);
  const suspects = usePartyOptions(parties.data);
  const charges = useLoad(() => listCharges(caseId), [caseId]);
  const hearings = useLoad(() => getTimeline(caseId, { type: 'hearing' }), [caseId]);
  const [editing, setEditing] = useState<Charge | null>(null);

  const created = () => {
    setAdding(false);
    charges.reload();
  };
  const saved = () => {
    setEditing(null);
    charges.reload();
  };
  return (
    <div className="stack-gap" data-testid="case-prosecution">
      <div className="page-head">
        <h2>{t('prosecution.title')}</h2>
        <Permission anyOf={['case.update']}>
          {!adding && doc.data && (
            <button type="button" className="primary" data-testid="charge-new" onClick={() => setAdding(true)}>
              {t('prosecution.list.new')}
            </button>
          )}
        </Permission>
      </div>
      <ProblemAlert error={doc.error ?? parties.error} />
      {adding && doc.data && (
        <ChargeCreate caseId={caseId} doc={doc.data} suspects={suspects} jurisdiction={defaultJurisdiction(doc.data, country)} onCreated={created} onCancel={() => setAdding(false)} />
      )}
      <ProblemAlert error={charges.error} />
      <ChargeTable rows={charges.data?.items ?? []} doc={doc.data} onEdit={can('case.update') ? setEditing : undefined} />
      {editing && <ChargeEdit key={editing.id} c={editing} onSaved={saved} onCancel={() => setEditing(null)} onReload={saved} />}
      <section className="stack-gap" data-testid="case-hearings">
        <div className="page-head">
          <h3>{t('prosecution.hearings.title')}</h3>
          <Permission anyOf={['case.update']}>
            <Link to={newRecordPath(caseId, 'Event', { eventType: 'hearing' })} className="button" data-testid="hearing-add">
              {t('prosecution.hearings.add')}
            </Link>
          </Permission>
        </div>
        <ProblemAlert error={hearings.error} />
        {hearings.data && <HearingList items={hearings.data.items} />}
      </section>
    </div>
  );
}
