import { useState } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { actionsFor, decideMatch } from './decision';
import { ReasonForm } from './ReasonForm';
import type { Match, MatchAction } from './types';

const BUTTONS: Record<MatchAction, { key: string; className: string }> = {
  confirm: { key: 'matches.actions.confirm', className: 'primary' },
  reject: { key: 'matches.actions.reject', className: 'danger' },
  undo: { key: 'matches.actions.undo', className: '' },
};

interface Props {
  match: Match;
  /** The match in its new state, as the server answered. */
  onDecided: (m: Match) => void;
  onReload: () => void;
}

/**
 * Confirm (a reason may be given), reject (a reason is required) or, once decided, undo (a reason
 * is required): each opens the reason form; only with `match.review`. An empty required reason
 * is refused here, and the server's refusals (409 match_state, 422 reason) show in the form.
 */
export function MatchActions({ match, onDecided, onReload }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const [open, setOpen] = useState<MatchAction | null>(null);
  const action = useAction();
  if (!can('match.review')) return <p className="muted" data-testid="match-no-review">{t('matches.detail.no_review')}</p>;
  const actions = actionsFor(match.status);
  const start = (a: MatchAction) => {
    action.clear();
    setOpen(a);
  };
  const submit = (reason: string) => {
    if (!open) return;
    action.run(() => decideMatch(match.id, open, reason), (m) => {
      setOpen(null);
      onDecided(m);
    });
  };
  const reload = () => {
    action.clear();
    setOpen(null);
    onReload();
  };
  return (
    <section className="stack-gap match-actions" data-testid="match-actions">
      <h2>{t('matches.detail.decision')}</h2>
      {open ? (
        <ReasonForm key={open} action={open} busy={action.busy} error={action.error} onSubmit={submit} onCancel={() => setOpen(null)} onReload={reload} />
      ) : (
        <>
          <div className="actions">
            {actions.map((a) => (
              <button key={a} type="button" className={BUTTONS[a].className || undefined} disabled={action.busy} data-testid={`match-${a}`} onClick={() => start(a)}>
                {t(BUTTONS[a].key)}
              </button>
            ))}
          </div>
          <ProblemAlert error={action.error} />
        </>
      )}
    </section>
  );
}
