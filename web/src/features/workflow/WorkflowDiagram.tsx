import type { KeyboardEvent } from 'react';
import { useI18n } from '../../shared/useI18n';
import { BOX_H, BOX_W, layoutWorkflow, wrapText } from './diagram';
import type { WorkflowDoc } from './types';

export type Selection = { kind: 'state' | 'transition'; id: string } | null;

interface Props {
  doc: WorkflowDoc;
  selected: Selection;
  onSelect: (s: Selection) => void;
}

const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};

/**
 * A definition drawn read-only in inline SVG: states as boxes in columns by distance from the
 * initial state, transitions as labelled arrows; final states with a double border, the initial
 * one bold. States and transitions are buttons that show their details. Scrolls sideways on a phone.
 */
export function WorkflowDiagram({ doc, selected, onSelect }: Props) {
  const { t, label } = useI18n();
  const layout = layoutWorkflow(doc);
  const stateById = new Map(doc.states.map((s) => [s.id, s]));
  const transitionLabel = (id: string) => label(doc.transitions.find((x) => x.id === id)?.label, id);
  const isSelected = (kind: 'state' | 'transition', id: string) => selected?.kind === kind && selected.id === id;
  return (
    <div className="wf-diagram-wrap" data-testid="workflow-diagram">
      <svg className="wf-diagram" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={t('workflow_admin.diagram_label', { workflow: label(doc.label, doc.id) })}>
        <defs>
          <marker id="wf-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="wf-arrow-head" />
          </marker>
        </defs>
        {layout.edges.map((e, i) => {
          const on = isSelected('transition', e.transition);
          const lines = e.label.oneLine ? [transitionLabel(e.transition)] : wrapText(transitionLabel(e.transition), 20, 3);
          return (
            <g
              key={`${e.transition}:${e.from}:${i}`}
              className={`wf-edge${on ? ' selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={`${transitionLabel(e.transition)}: ${label(stateById.get(e.from)?.label, e.from)} → ${label(stateById.get(e.to)?.label, e.to)}`}
              data-transition={e.transition}
              onClick={() => onSelect({ kind: 'transition', id: e.transition })}
              onKeyDown={activate(() => onSelect({ kind: 'transition', id: e.transition }))}
            >
              <path d={e.path} className="wf-edge-line" markerEnd="url(#wf-arrow)" />
              <text x={e.label.x} y={e.label.y - (lines.length - 1) * 6} className="wf-edge-label" textAnchor="middle">
                {lines.map((l, n) => (
                  <tspan key={n} x={e.label.x} dy={n === 0 ? 0 : 12}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {layout.stubs.map((s) => {
          const on = isSelected('transition', s.transition);
          return (
            <g
              key={s.transition}
              className={`wf-edge wf-stub${on ? ' selected' : ''}`}
              role="button"
              tabIndex={0}
              data-transition={s.transition}
              onClick={() => onSelect({ kind: 'transition', id: s.transition })}
              onKeyDown={activate(() => onSelect({ kind: 'transition', id: s.transition }))}
            >
              <path d={s.path} className="wf-edge-line" markerEnd="url(#wf-arrow)" />
              <text x={s.label.x} y={s.label.y} className="wf-edge-label" textAnchor="middle">
                {t('workflow_admin.from_any', { step: transitionLabel(s.transition) })}
              </text>
            </g>
          );
        })}
        {doc.states.map((s) => {
          const b = layout.boxes[s.id];
          if (!b) return null;
          const lines = wrapText(label(s.label, s.id), 21, 3);
          const cls = ['wf-node', s.final ? 'final' : '', s.id === doc.initial ? 'initial' : '', isSelected('state', s.id) ? 'selected' : ''].filter(Boolean).join(' ');
          return (
            <g
              key={s.id}
              className={cls}
              role="button"
              tabIndex={0}
              data-testid={`diagram-state-${s.id}`}
              aria-label={label(s.label, s.id)}
              onClick={() => onSelect({ kind: 'state', id: s.id })}
              onKeyDown={activate(() => onSelect({ kind: 'state', id: s.id }))}
            >
              <rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx={8} className="wf-node-box" />
              {s.final && <rect x={b.x + 4} y={b.y + 4} width={BOX_W - 8} height={BOX_H - 8} rx={5} className="wf-node-inner" />}
              <text x={b.x + BOX_W / 2} y={b.y + BOX_H / 2 - (lines.length - 1) * 7 + 4} textAnchor="middle" className="wf-node-label">
                {lines.map((l, n) => (
                  <tspan key={n} x={b.x + BOX_W / 2} dy={n === 0 ? 0 : 14}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
