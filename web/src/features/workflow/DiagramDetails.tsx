import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { ANY_STATE } from './diagram';
import { CASE_RELATION_KEYS, useCaseFieldName } from './display';
import type { DocAction, DocGuard, DocState, DocTransition, WorkflowDoc } from './types';
import type { Selection } from './WorkflowDiagram';

interface Props {
  doc: WorkflowDoc;
  selected: Selection;
  onSelect: (s: Selection) => void;
}

const NOTIFY_KEYS: Record<string, string> = {
  team: 'workflow_admin.notify_to.team',
  lead: 'workflow_admin.notify_to.lead',
  supervisors: 'workflow_admin.notify_to.supervisors',
};

const PRIORITY_KEYS: Record<string, string> = {
  low: 'tasks.priority.low',
  normal: 'tasks.priority.normal',
  high: 'tasks.priority.high',
  urgent: 'tasks.priority.urgent',
};

function ActionLine({ a }: { a: DocAction }) {
  const { t, label } = useI18n();
  if ('task' in a) {
    const due = a.due_hours > 0 ? t('workflow_admin.due_hours', { count: a.due_hours }) : t('workflow_admin.no_deadline');
    const who = a.assignee === 'unassigned' ? t('workflow_admin.unassigned') : t('workflow_admin.assignee_lead');
    return <>{t('workflow_admin.action.task', { title: label(a.title, a.task), due, priority: t(PRIORITY_KEYS[a.priority ?? 'normal'] ?? 'tasks.priority.normal'), who })}</>;
  }
  if ('start_timer' in a) return <>{t('workflow_admin.action.start_timer', { timer: label(a.label, a.start_timer), length: t('workflow_admin.due_hours', { count: a.hours }) })}</>;
  if ('stop_timer' in a) return <>{t('workflow_admin.action.stop_timer', { timer: a.stop_timer })}</>;
  return <>{t('workflow_admin.action.notify', { to: NOTIFY_KEYS[a.notify] ? t(NOTIFY_KEYS[a.notify]) : a.notify, message: label(a.message) })}</>;
}

function GuardLine({ g }: { g: DocGuard }) {
  const { t } = useI18n();
  const fieldName = useCaseFieldName();
  if ('field' in g) return <>{t('workflow_admin.guard.field', { field: fieldName(g.field) })}</>;
  if ('checklist' in g) {
    const items = g.items && g.items.length > 0 ? g.items.join(', ') : t('workflow_admin.guard.all_items');
    return <>{g.min ? t('workflow_admin.guard.checklist_min', { checklist: g.checklist, min: g.min, items }) : t('workflow_admin.guard.checklist', { checklist: g.checklist, items })}</>;
  }
  if ('approval' in g) return <>{t('workflow_admin.guard.approval')}</>;
  return <>{t('workflow_admin.guard.timer_elapsed', { timer: g.timer_elapsed })}</>;
}

function StateDetails({ doc, s, onSelect }: { doc: WorkflowDoc; s: DocState; onSelect: (sel: Selection) => void }) {
  const { t, label } = useI18n();
  const lookupLabel = useLookupLabel();
  const outgoing = doc.transitions.filter((x) => x.to !== s.id && (x.from.includes(s.id) || (x.from.includes(ANY_STATE) && !s.final)));
  return (
    <section className="card stack-gap" data-testid="diagram-details" data-state={s.id}>
      <h3>
        {label(s.label, s.id)} <code className="muted">{s.id}</code>
      </h3>
      <p className="badges">
        <span className={`state state-${s.case_state}`}>{lookupLabel('case_states', s.case_state)}</span>
        {s.id === doc.initial && <span className="badge badge-schema">{t('workflow_admin.initial')}</span>}
        {s.final && <span className="badge badge-schema">{t('workflow_admin.final')}</span>}
      </p>
      <p>
        <small className="muted">{s.section}</small>
      </p>
      <h4>{t('workflow_admin.checklists')}</h4>
      {s.checklists && s.checklists.length > 0 ? (
        <ul className="wf-list">{s.checklists.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
      ) : (
        <p className="muted">{t('common.none')}</p>
      )}
      <h4>{t('workflow_admin.on_enter')}</h4>
      {s.on_enter && s.on_enter.length > 0 ? (
        <ul className="wf-list" data-testid="diagram-on-enter">
          {s.on_enter.map((a, i) => (
            <li key={i}>
              <ActionLine a={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('common.none')}</p>
      )}
      <h4>{t('workflow_admin.steps_from_here')}</h4>
      {outgoing.length > 0 ? (
        <ul className="wf-list">
          {outgoing.map((x) => (
            <li key={x.id}>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'transition', id: x.id })}>
                {label(x.label, x.id)} → {label(doc.states.find((st) => st.id === x.to)?.label, x.to)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('common.none')}</p>
      )}
    </section>
  );
}

function TransitionDetails({ doc, x, onSelect }: { doc: WorkflowDoc; x: DocTransition; onSelect: (sel: Selection) => void }) {
  const { t, label } = useI18n();
  const lookupLabel = useLookupLabel();
  const stateLabel = (id: string) => label(doc.states.find((s) => s.id === id)?.label, id);
  const relation = (r: string) => (CASE_RELATION_KEYS[r] ? t(CASE_RELATION_KEYS[r]) : lookupLabel('team_roles', r));
  const stateButton = (id: string) =>
    id === ANY_STATE ? (
      <span key={id}>{t('workflow_admin.any_state')}</span>
    ) : (
      <button key={id} type="button" className="link-button inline" onClick={() => onSelect({ kind: 'state', id })}>
        {stateLabel(id)}
      </button>
    );
  return (
    <section className="card stack-gap" data-testid="diagram-details" data-transition={x.id}>
      <h3>
        {label(x.label, x.id)} <code className="muted">{x.id}</code>
      </h3>
      <dl className="dl">
        <div className="dl-row">
          <dt>{t('workflow_admin.from')}</dt>
          <dd className="wf-inline-list">{x.from.map(stateButton)}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('workflow_admin.to')}</dt>
          <dd>{stateButton(x.to)}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('workflow_admin.roles')}</dt>
          <dd data-testid="diagram-roles">{x.roles.map((r) => lookupLabel('roles', r)).join(', ')}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('workflow_admin.case_roles')}</dt>
          <dd data-testid="diagram-case-roles">{x.case_roles && x.case_roles.length > 0 ? x.case_roles.map(relation).join(', ') : t('workflow_admin.case_roles_any')}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('workflow_admin.guards')}</dt>
          <dd>
            {x.guards && x.guards.length > 0 ? (
              <ul className="wf-list" data-testid="diagram-guards">
                {x.guards.map((g, i) => (
                  <li key={i}>
                    <GuardLine g={g} />
                  </li>
                ))}
              </ul>
            ) : (
              t('common.none')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** What a selected state or transition carries: section, checklists and actions; who may take it and its guards. */
export function DiagramDetails({ doc, selected, onSelect }: Props) {
  const { t } = useI18n();
  if (selected?.kind === 'state') {
    const s = doc.states.find((x) => x.id === selected.id);
    if (s) return <StateDetails doc={doc} s={s} onSelect={onSelect} />;
  }
  if (selected?.kind === 'transition') {
    const x = doc.transitions.find((tr) => tr.id === selected.id);
    if (x) return <TransitionDetails doc={doc} x={x} onSelect={onSelect} />;
  }
  return <p className="muted">{t('workflow_admin.select_hint')}</p>;
}
