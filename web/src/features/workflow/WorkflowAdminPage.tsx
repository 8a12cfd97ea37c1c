import { useState } from 'react';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { getDefinition, listDefinitions } from './api';
import { DiagramDetails } from './DiagramDetails';
import type { DefinitionSummary, WorkflowDoc } from './types';
import { WorkflowDiagram } from './WorkflowDiagram';
import type { Selection } from './WorkflowDiagram';

const workflowAdminPath = (id?: string, version?: number) =>
  id && version ? `/admin/workflows/${encodeURIComponent(id)}/${version}` : '/admin/workflows';

function DefinitionTable({ rows, selected }: { rows: DefinitionSummary[]; selected?: string }) {
  const { t, label } = useI18n();
  const lookupLabel = useLookupLabel();
  const columns: Column<DefinitionSummary>[] = [
    {
      id: 'label',
      labelKey: 'workflow_admin.fields.label',
      render: (d) => (
        <Link to={workflowAdminPath(d.id, d.version)} aria-current={selected === `${d.id}/${d.version}` ? 'page' : undefined} data-testid={`workflow-def-${d.id}-${d.version}`}>
          {label(d.label, d.id)}
        </Link>
      ),
    },
    { id: 'id', labelKey: 'workflow_admin.fields.id', render: (d) => <code>{d.id}</code> },
    {
      id: 'version',
      labelKey: 'workflow_admin.fields.version',
      render: (d) => (
        <>
          {d.version}
          {d.latest && <span className="badge badge-schema">{t('workflow_admin.latest')}</span>}
        </>
      ),
    },
    {
      id: 'applies',
      labelKey: 'workflow_admin.fields.applies_to',
      render: (d) => {
        const parts = [d.categories.map((c) => lookupLabel('categories', c)).join(', '), d.approaches.map((a) => lookupLabel('approaches', a)).join(', ')].filter(Boolean);
        return parts.length > 0 ? parts.join(' · ') : t('workflow_admin.applies_default');
      },
    },
  ];
  return <Table rows={rows} columns={columns} rowKey={(d) => `${d.id}/${d.version}`} testId="workflow-defs" rowTestId="workflow-def" emptyKey="workflow_admin.empty" />;
}

function DefinitionView({ doc }: { doc: WorkflowDoc }) {
  const { t, label } = useI18n();
  const [selected, setSelected] = useState<Selection>({ kind: 'state', id: doc.initial });
  return (
    <section className="stack-gap" data-testid="workflow-definition">
      <h2>
        {label(doc.label, doc.id)} · {t('workflow.version', { version: doc.version })}
      </h2>
      {doc.comment && <p className="muted">{doc.comment}</p>}
      <p className="muted wf-legend">{t('workflow_admin.legend')}</p>
      <WorkflowDiagram doc={doc} selected={selected} onSelect={setSelected} />
      <div className="two-col">
        <DiagramDetails doc={doc} selected={selected} onSelect={setSelected} />
        <section className="card stack-gap">
          <h3>{t('workflow_admin.transitions')}</h3>
          <ul className="wf-list" data-testid="workflow-transitions">
            {doc.transitions.map((x) => (
              <li key={x.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected?.kind === 'transition' && selected.id === x.id}
                  data-testid={`diagram-transition-${x.id}`}
                  onClick={() => setSelected({ kind: 'transition', id: x.id })}
                >
                  {label(x.label, x.id)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

/** Container: the administrator's read-only view of the workflow definitions, one drawn as a diagram. */
export function WorkflowAdminPage({ wid, version }: { wid?: string; version?: number }) {
  const { t } = useI18n();
  const defs = useLoad(listDefinitions, []);
  const doc = useLoad(() => (wid && version ? getDefinition(wid, version) : Promise.resolve(undefined)), [wid, version]);
  return (
    <section className="page" data-testid="workflow-admin">
      <p className="muted case-ref">
        <Link to="/admin">{t('admin.title')}</Link> / {t('workflow_admin.title')}
      </p>
      <h1>{t('workflow_admin.title')}</h1>
      <ProblemAlert error={defs.error} />
      {defs.data && <DefinitionTable rows={defs.data.items} selected={wid && version ? `${wid}/${version}` : undefined} />}
      <ProblemAlert error={doc.error} />
      {wid && version && !doc.data && !doc.error && <p className="loading">{t('app.loading')}</p>}
      {doc.data && <DefinitionView key={`${doc.data.id}/${doc.data.version}`} doc={doc.data} />}
    </section>
  );
}
