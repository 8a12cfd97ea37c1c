import { useState } from 'react';
import { AttachmentsPanel } from '../documents';
import { EntityCaption } from '../entities';
import type { Option } from '../../forms';
import { ApiError } from '../../shared/api';
import { useAction, useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { getInterview, patchInterview } from './api';
import { ChecklistPanel } from './ChecklistPanel';
import { toggleItem } from './checklist';
import { interviewsPath } from './display';
import { InterviewDetails } from './InterviewDetails';
import { InterviewEdit } from './InterviewEdit';
import { PeaceStages } from './PeaceStages';
import { PresentList } from './PresentList';
import { StatementAddForm } from './StatementAddForm';
import { StatementList } from './StatementList';
import type { Interview } from './types';

interface Props {
  caseId: string;
  id: string;
  /** The case's people, for the edit form. */
  people: Option[];
}

/** Container: one interview — details, PEACE stage, who was present, checklist, statement and recordings. */
export function InterviewPage({ caseId, id, people }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const lookupLabel = useLookupLabel();
  const { data: iv, error, setData, reload } = useLoad(() => getInterview(caseId, id), [caseId, id]);
  const [editing, setEditing] = useState(false);
  const tick = useAction();
  if (error) {
    return (
      <section className="stack-gap">
        <ProblemAlert error={error} />
        <Link to={interviewsPath(caseId)}>{t('interviews.list.back')}</Link>
      </section>
    );
  }
  if (!iv) return <p className="loading">{t('app.loading')}</p>;

  const toggle = (item: string, on: boolean) =>
    tick.run(() => patchInterview(caseId, iv.id, { version: iv.version, checklist: toggleItem(iv.checklist, item, on) }), setData);
  const saved = (next: Interview) => {
    setData(next);
    setEditing(false);
  };
  const stale = tick.error instanceof ApiError && tick.error.code === 'version_conflict';
  const reloadAfterConflict = () => {
    tick.clear();
    reload();
  };

  return (
    <article className="stack-gap" data-testid="interview-page">
      <p className="muted case-ref">
        <Link to={interviewsPath(caseId)}>{t('interviews.title')}</Link> / {lookupLabel('interview_kinds', iv.kind)}
      </p>
      <div className="page-head">
        <h2 data-testid="interview-subject-caption">
          <EntityCaption e={iv.subject} />
        </h2>
        <Permission anyOf={['case.update']}>
          {!editing && (
            <button type="button" data-testid="interview-edit" onClick={() => setEditing(true)}>
              {t('buttons.edit')}
            </button>
          )}
        </Permission>
      </div>
      <p className="badges">
        <span className={`badge badge-kind badge-kind-${iv.kind}`}>{lookupLabel('interview_kinds', iv.kind)}</span>
        <span className="muted">{t('interviews.page.version', { version: iv.version })}</span>
      </p>
      <section className="stack-gap">
        <h3>{t('interviews.fields.peace_stage')}</h3>
        <PeaceStages stage={iv.peace_stage} />
      </section>
      {editing ? (
        <InterviewEdit iv={iv} people={people} onSaved={saved} onCancel={() => setEditing(false)} onReload={reload} />
      ) : (
        <>
          <InterviewDetails iv={iv} />
          <section className="stack-gap">
            <h3>{t('interviews.fields.present')}</h3>
            <PresentList caseId={caseId} present={iv.present} />
          </section>
        </>
      )}
      <section className="stack-gap">
        <h3>{t('interviews.checklist.title')}</h3>
        {stale ? (
          <div className="alert alert-warning" role="alert" data-testid="version-conflict">
            <p>{t('interviews.page.version_conflict')}</p>
            <button type="button" onClick={reloadAfterConflict} data-testid="interview-reload">
              {t('buttons.reload')}
            </button>
          </div>
        ) : (
          <ProblemAlert error={tick.error} />
        )}
        <ChecklistPanel ticked={iv.checklist} busy={tick.busy} onToggle={can('case.update') && !stale ? toggle : undefined} />
      </section>
      <section className="stack-gap" data-testid="interview-statements">
        <h3>{t('interviews.statements.title')}</h3>
        <StatementList statements={iv.statements ?? []} restricted={iv.statements_restricted} />
        {!iv.statements_restricted && (
          <Permission anyOf={['case.update']}>
            <StatementAddForm key={iv.id} iv={iv} onSaved={setData} />
          </Permission>
        )}
      </section>
      <AttachmentsPanel caseId={caseId} interviewId={iv.id} kind="recordings" canUpload={can('case.update')} />
    </article>
  );
}
