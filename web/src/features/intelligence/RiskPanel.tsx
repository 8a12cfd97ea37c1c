import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { recordRisk } from './api';
import { mayAssessRisk, RISK_KEYS, RISK_LEVELS } from './display';
import type { IntelReport, RiskLevel } from './types';
import { useViewer } from './viewer';

interface Props {
  report: IntelReport;
  doc: GradingDoc | undefined;
  onSaved: () => void;
}

const byName = (by: unknown) => (typeof by === 'string' ? by : (by as { display_name?: string } | null)?.display_name ?? '');

/**
 * Special handling (H5): a risk assessment must be recorded before any dissemination. Shows the
 * one recorded, and the form for the holder's supervisor or the author.
 */
export function RiskPanel({ report, doc, onSaved }: Props) {
  const { t, formatDateTime } = useI18n();
  const viewer = useViewer();
  const [risk, setRisk] = useState<RiskLevel | ''>('');
  const [text, setText] = useState('');
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const errorFor = useFieldError(checkError ?? action.error);
  const ra = report.risk_assessment;
  const may = mayAssessRisk(doc, report, viewer);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = !risk
      ? new ApiError({ status: 422, code: 'required', field: 'risk' })
      : !text.trim()
        ? new ApiError({ status: 422, code: 'required', field: 'text' })
        : null;
    setCheckError(problem);
    if (problem || !risk) return;
    action.run(() => recordRisk(report.id, { version: report.version, risk, text: text.trim() }), () => {
      setRisk('');
      setText('');
      onSaved();
    });
  };
  return (
    <section className="stack-gap" data-testid="intel-risk">
      <h2>{t('intelligence.risk.title')}</h2>
      <p className="alert alert-warning">{t('intelligence.risk.help')}</p>
      {ra ? (
        <div className="card" data-testid="risk-current" data-risk={ra.risk}>
          <p>
            <strong>{RISK_KEYS[ra.risk] ? t(RISK_KEYS[ra.risk]) : ra.risk}</strong> <span className="muted">{t('intelligence.risk.by', { name: byName(ra.by), at: formatDateTime(ra.at) })}</span>
          </p>
          <p className="pre">{ra.text}</p>
        </div>
      ) : (
        <p className="muted" data-testid="risk-missing">{t('intelligence.risk.missing')}</p>
      )}
      {may && (
        <form className="card phone-form" onSubmit={submit} noValidate data-testid="risk-form">
          <div className={`field${errorFor('risk') ? ' invalid' : ''}`}>
            <label htmlFor="risk-level">
              {t('intelligence.risk.level')}
              <span className="required" aria-hidden="true"> *</span>
            </label>
            <select id="risk-level" value={risk} data-testid="risk-level" onChange={(e) => setRisk(e.target.value as RiskLevel | '')}>
              <option value="">{t('forms.choose')}</option>
              {RISK_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(RISK_KEYS[l])}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${errorFor('text') ? ' invalid' : ''}`}>
            <label htmlFor="risk-text">
              {t('intelligence.risk.text')}
              <span className="required" aria-hidden="true"> *</span>
            </label>
            <textarea id="risk-text" rows={3} maxLength={8000} value={text} data-testid="risk-text" onChange={(e) => setText(e.target.value)} />
          </div>
          <ProblemAlert error={checkError ?? action.error} fieldLabel={(f) => (f === 'risk' ? t('intelligence.risk.level') : f === 'text' ? t('intelligence.risk.text') : undefined)} />
          <div className="actions phone-actions">
            <button type="submit" className="primary" disabled={action.busy} data-testid="risk-save">
              {t('intelligence.risk.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
