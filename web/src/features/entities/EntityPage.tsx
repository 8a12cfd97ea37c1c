import { useState } from 'react';
import { useAction, useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { Link, navigate } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { deleteEntity, getEntity, recordMatches, removeInvolvement } from './api';
import { EdgeEnds } from './EdgeEnds';
import { EntityCaption } from './EntityCaption';
import { EntityEdit } from './EntityEdit';
import { EntityHistory } from './EntityHistory';
import { EntityProperties } from './EntityProperties';
import { InvolvementAddForm } from './InvolvementAddForm';
import { InvolvementList } from './InvolvementList';
import { countOf, MatchBadge, RecordMatches } from './RecordMatches';
import { indexRecords, MATCHES_ANCHOR, peoplePath, useSchemaLabel } from './display';
import { INVOLVABLE } from './schema';
import type { Entity, EntitySchemaDoc, Involvement } from './types';

interface Props {
  caseId: string;
  id: string;
  doc: EntitySchemaDoc;
  /** Every record of the case: names of linked records and the edit form's choices. */
  records: Entity[];
  /** Told after an edit, a change of roles or a deletion (the tab reloads its record pickers). */
  onChanged?: () => void;
}

/** Container: one record of the case file — properties, roles, edit, delete and history. */
export function EntityPage({ caseId, id, doc, records, onChanged }: Props) {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const lookupLabel = useLookupLabel();
  const schemaLabel = useSchemaLabel(doc);
  const { data: e, error, setData, reload } = useLoad(() => getEntity(caseId, id), [caseId, id]);
  // Cross-case matches (proposed and confirmed) only for those who may see them.
  const seesMatches = can('match.read');
  const matches = useLoad(() => (seesMatches ? recordMatches(caseId, id) : Promise.resolve([])), [caseId, id, seesMatches]);
  const [editing, setEditing] = useState(false);
  const del = useAction();
  const roles = useAction();
  const index = indexRecords(records);

  if (error) {
    return (
      <section className="stack-gap">
        <ProblemAlert error={error} />
        <Link to={peoplePath(caseId)}>{t('entities.list.back')}</Link>
      </section>
    );
  }
  if (!e) return <p className="loading">{t('app.loading')}</p>;

  const remove = () => {
    if (!window.confirm(t('entities.page.delete_confirm'))) return;
    del.run(() => deleteEntity(caseId, e.id, e.version), () => {
      onChanged?.();
      navigate(peoplePath(caseId));
    });
  };
  const removeRole = (i: Involvement) => {
    if (!window.confirm(t('entities.involvements.remove_confirm', { role: lookupLabel('involvement_roles', i.role) }))) return;
    roles.run(() => removeInvolvement(caseId, e.id, i.role), rolesChanged);
  };
  // A role can hide or reveal an identity (informant), so the names in the pickers may change.
  const rolesChanged = (next: Entity) => {
    setData(next);
    onChanged?.();
  };
  const saved = (next: Entity) => {
    setData(next);
    setEditing(false);
    onChanged?.();
  };
  const involvable = INVOLVABLE.includes(e.schema);

  return (
    <article className="stack-gap" data-testid="entity-page">
      <p className="muted case-ref">
        <Link to={peoplePath(caseId)}>{t('entities.title')}</Link> / {schemaLabel(e.schema)}
      </p>
      <div className="page-head">
        <h2 data-testid="entity-caption">
          <EntityCaption e={e} />
        </h2>
        <Permission anyOf={['case.update']}>
          <div className="actions">
            {!editing && (
              <button type="button" data-testid="entity-edit" onClick={() => setEditing(true)}>
                {t('buttons.edit')}
              </button>
            )}
            <button type="button" className="danger" disabled={del.busy} data-testid="entity-delete" onClick={remove}>
              {t('buttons.delete')}
            </button>
          </div>
        </Permission>
      </div>
      <p className="badges">
        <span className="badge badge-schema">{schemaLabel(e.schema)}</span>
        <span className="muted">{t('entities.page.version', { version: e.version })}</span>
        <span className="muted">{t('entities.page.created', { by: e.created_by, at: formatDateTime(e.created_at) })}</span>
        {matches.data && <MatchBadge caseId={caseId} entityId={e.id} schema={e.schema} count={countOf(matches.data)} to={`#${MATCHES_ANCHOR}`} inPage />}
      </p>
      <EdgeEnds e={e} def={doc.schemata[e.schema]} records={index} />
      {e.identity_restricted && (
        <p className="alert alert-info" data-testid="identity-restricted">
          {t('entities.page.identity_restricted_help')}
        </p>
      )}
      <ProblemAlert error={del.error} />
      {editing ? (
        <EntityEdit e={e} doc={doc} records={records} onSaved={saved} onCancel={() => setEditing(false)} onReload={reload} />
      ) : (
        <section className="stack-gap">
          <h3>{t('entities.page.properties')}</h3>
          <EntityProperties e={e} doc={doc} records={index} />
        </section>
      )}
      {involvable && (
        <section className="stack-gap" data-testid="entity-involvements">
          <h3>{t('entities.involvements.title')}</h3>
          <ProblemAlert error={roles.error} />
          <InvolvementList involvements={e.involvements} busy={roles.busy} onRemove={can('case.update') ? removeRole : undefined} />
          <Permission anyOf={['case.update']}>
            <InvolvementAddForm e={e} onSaved={rolesChanged} />
          </Permission>
        </section>
      )}
      {seesMatches && <RecordMatches entityId={e.id} matches={matches.data} error={matches.error} schemaLabel={schemaLabel} />}
      <EntityHistory e={e} doc={doc} records={index} />
    </article>
  );
}
