import { useI18n } from '../../shared/useI18n';
import { ChecklistCard } from './ChecklistCard';
import type { Checklist } from './types';

interface Props {
  caseId: string;
  checklists: Checklist[];
  canAct: boolean;
  /** Every template (?all=1), not only those of the state and those with marks. */
  showAll: boolean;
  onShowAll: (all: boolean) => void;
  /** Checklists a next step waits for: opened at first. */
  openIds: string[];
  onMarked: () => void;
}

/** The case's Investigator Actions Checklists. */
export function CaseChecklists({ caseId, checklists, canAct, showAll, onShowAll, openIds, onMarked }: Props) {
  const { t } = useI18n();
  return (
    <section className="stack-gap" data-testid="case-checklists">
      <div className="page-head">
        <h3>{t('checklists.title')}</h3>
        <label className="check">
          <input type="checkbox" checked={showAll} data-testid="checklists-all" onChange={(e) => onShowAll(e.target.checked)} />
          <span>{t('checklists.show_all')}</span>
        </label>
      </div>
      {checklists.length === 0 ? (
        <p className="muted">{t('checklists.empty')}</p>
      ) : (
        checklists.map((c) => (
          <ChecklistCard key={c.id} caseId={caseId} checklist={c} canAct={canAct} defaultOpen={openIds.includes(c.id)} onMarked={onMarked} />
        ))
      )}
    </section>
  );
}
