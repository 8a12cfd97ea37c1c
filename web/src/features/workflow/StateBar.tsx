import { useEffect, useRef } from 'react';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import type { CaseWorkflow } from './types';

/** Where the case is: the workflow and its version, the state with its SOP section, and every state as a row. */
export function StateBar({ view }: { view: CaseWorkflow }) {
  const { t, label, formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  const { workflow, state, states } = view;
  const row = useRef<HTMLOListElement>(null);
  // On a phone the row scrolls sideways: keep the current state in view.
  useEffect(() => {
    row.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [state.id]);
  return (
    <section className="card wf-state" data-testid="workflow-state" data-state={state.id}>
      <p className="muted wf-name">
        {label(workflow.label, workflow.id)} · {t('workflow.version', { version: workflow.version })}
      </p>
      <h3 className="wf-current" data-testid="workflow-current-state">
        {label(state.label, state.id)}{' '}
        <span className={`state state-${state.case_state}`}>{lookupLabel('case_states', state.case_state)}</span>
      </h3>
      <p className="wf-section">
        <small className="muted">{state.section}</small>
      </p>
      <p className="wf-entered">
        <small>{t('workflow.entered_at', { at: formatDateTime(state.entered_at) })}</small>
      </p>
      <ol className="wf-states" ref={row} aria-label={t('workflow.states_label')}>
        {states.map((s) => {
          const current = s.id === state.id;
          return (
            <li
              key={s.id}
              className={`wf-state-chip${current ? ' current' : ''}${s.final ? ' final' : ''}`}
              aria-current={current ? 'step' : undefined}
              data-testid={`workflow-state-${s.id}`}
            >
              {label(s.label, s.id)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
