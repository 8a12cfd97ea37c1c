import { useAction, useLoad } from '../../shared/hooks';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { acknowledge, listReceived } from './api';
import { DisseminationLog } from './DisseminationLog';

/** Container: what other units passed to the caller's unit, each to acknowledge once read. */
export function ReceivedPanel({ doc }: { doc: GradingDoc | undefined }) {
  const { t } = useI18n();
  const { user } = useSession();
  const list = useLoad(listReceived, []);
  const action = useAction();
  return (
    <section className="stack-gap" data-testid="intel-received">
      <h2>{t('intelligence.dissemination.received')}</h2>
      <ProblemAlert error={list.error ?? action.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && (
        <DisseminationLog
          rows={list.data}
          doc={doc}
          unitId={user?.unit?.id}
          busy={action.busy}
          rowTestId="received-row"
          withReport
          emptyKey="intelligence.dissemination.received_empty"
          onAck={(d) => action.run(() => acknowledge(d.id), list.reload)}
        />
      )}
    </section>
  );
}
