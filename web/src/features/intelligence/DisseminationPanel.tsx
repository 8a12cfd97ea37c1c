import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useAction, useLoad } from '../../shared/hooks';
import { useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { acknowledge, checkDissemination, disseminate, listDisseminations } from './api';
import { DisseminationLog } from './DisseminationLog';
import { checkMessage, intelError, mayDisseminate } from './display';
import { TlpBadge } from './TlpBadge';
import { useViewer } from './viewer';
import type { DisseminationCheck, IntelReport } from './types';

interface Props {
  report: IntelReport;
  doc: GradingDoc | undefined;
  /** A dissemination moves the cycle: the page loads the report anew. */
  onSent: () => void;
}

/** The server's answer to "may this report go to that unit?", shown before anything is sent. */
export function CheckResult({ check, doc }: { check: DisseminationCheck; doc: GradingDoc | undefined }) {
  const { t, lang } = useI18n();
  const labels = useGradingLabels(doc);
  return (
    <div className={`alert ${check.allowed ? 'alert-ok' : 'alert-error'}`} role="status" data-testid="dissem-check-result" data-allowed={check.allowed ? 'true' : 'false'} data-code={check.code}>
      <p>
        <strong>{t(check.allowed ? 'intelligence.dissemination.allowed' : 'intelligence.dissemination.refused')}</strong>
      </p>
      {checkMessage(check, lang) && <p data-testid="dissem-check-message">{checkMessage(check, lang)}</p>}
      <p className="muted">
        {t('intelligence.dissemination.check_detail', {
          recipient: labels.recipientClass(check.recipient_class),
          path: labels.path(check.path),
          handling: check.handling,
        })}{' '}
        <TlpBadge tlp={check.tlp} />
      </p>
    </div>
  );
}

/**
 * The dissemination log of the report, acknowledged by the receiving unit, and for the holder or
 * the author: choose a unit, see whether the handling allows it, then send.
 */
export function DisseminationPanel({ report, doc, onSent }: Props) {
  const { t } = useI18n();
  const { user } = useSession();
  const { units } = useReference();
  const log = useLoad(() => listDisseminations(report.id), [report.id]);
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const [check, setCheck] = useState<{ unitId: string; result: DisseminationCheck } | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const seq = useRef(0);
  const send = useAction();
  const ack = useAction();
  const may = mayDisseminate(report, useViewer());

  const runCheck = (id: string) => {
    const mine = ++seq.current;
    setCheck(null);
    setCheckError(null);
    if (!id) return;
    setChecking(true);
    checkDissemination(report.id, id).then(
      (result) => {
        if (mine !== seq.current) return;
        setCheck({ unitId: id, result });
        setChecking(false);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setCheckError(err);
        setChecking(false);
      },
    );
  };
  const choose = (id: string) => {
    setUnitId(id);
    send.clear();
    runCheck(id);
  };
  const allowed = Boolean(check && check.unitId === unitId && check.result.allowed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!allowed) return;
    send.run(() => disseminate(report.id, { unit_id: unitId, ...(note.trim() ? { note: note.trim() } : {}) }, key), () => {
      setKey(newIdempotencyKey());
      setNote('');
      setUnitId('');
      setCheck(null);
      log.reload();
      onSent();
    });
  };
  return (
    <section className="stack-gap" data-testid="intel-dissemination">
      <h2>{t('intelligence.dissemination.title')}</h2>
      {may && (
        <form className="card phone-form" onSubmit={submit} noValidate data-testid="dissem-form">
          <p className="muted">{t('intelligence.dissemination.help')}</p>
          <div className="field">
            <label htmlFor="dissem-unit">{t('intelligence.dissemination.unit')}</label>
            <select id="dissem-unit" value={unitId} data-testid="dissem-unit" onChange={(e) => choose(e.target.value)}>
              <option value="">{t('forms.choose')}</option>
              {units
                .filter((u) => u.id !== user?.unit?.id)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.code} — {u.name}
                    {u.country ? ` (${u.country})` : ''}
                  </option>
                ))}
            </select>
          </div>
          {checking && <p className="loading" data-testid="dissem-checking">{t('intelligence.dissemination.checking')}</p>}
          {check && check.unitId === unitId && <CheckResult check={check.result} doc={doc} />}
          <ProblemAlert error={checkError} />
          {unitId && !checking && (
            <button type="button" data-testid="dissem-check" onClick={() => runCheck(unitId)}>
              {t('intelligence.dissemination.check_again')}
            </button>
          )}
          <div className="field">
            <label htmlFor="dissem-note">{t('intelligence.dissemination.note')}</label>
            <textarea id="dissem-note" rows={2} maxLength={2000} value={note} data-testid="dissem-note" onChange={(e) => setNote(e.target.value)} />
          </div>
          <ProblemAlert error={intelError(send.error)} />
          <div className="actions phone-actions">
            <button type="submit" className="primary" disabled={!allowed || send.busy} data-testid="dissem-send">
              {t('intelligence.dissemination.send')}
            </button>
          </div>
        </form>
      )}
      <h3>{t('intelligence.dissemination.log')}</h3>
      <ProblemAlert error={log.error ?? ack.error} />
      {!log.data && !log.error && <p className="loading">{t('app.loading')}</p>}
      {log.data && <DisseminationLog rows={log.data} doc={doc} unitId={user?.unit?.id} busy={ack.busy} onAck={(d) => ack.run(() => acknowledge(d.id), log.reload)} />}
    </section>
  );
}
