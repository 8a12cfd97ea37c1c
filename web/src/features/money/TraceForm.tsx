import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { DIRECTION_KEYS, DIRECTIONS, RULE_KEYS, RULES } from './display';
import { RuleHelp } from './RuleHelp';
import { EMPTY_TRACE, MAX_HOPS, traceBody } from './traceForm';
import type { TraceValues } from './traceForm';
import type { TraceBody } from './types';

interface Props {
  initial?: Partial<TraceValues>;
  busy: boolean;
  error: unknown;
  onTrace: (body: TraceBody) => void;
}

const FIELD_KEYS: Record<string, string> = {
  account: 'money.form.account',
  hops: 'money.form.hops',
  from: 'money.form.from',
  to: 'money.form.to',
  min_amount: 'money.form.min_amount',
  currency: 'money.form.currency',
};

/** Where to start, which way, by which rule, how many hops, between which dates. */
export function TraceForm({ initial, busy, error, onTrace }: Props) {
  const { t } = useI18n();
  const [v, setV] = useState<TraceValues>({ ...EMPTY_TRACE, ...initial });
  const [local, setLocal] = useState<unknown>(null);
  const set = (k: keyof TraceValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, problem } = traceBody(v);
    setLocal(problem ? new ApiError({ status: 422, code: problem.code, field: problem.field }) : null);
    if (body) onTrace(body);
  };
  return (
    <form className="card stack-gap" onSubmit={submit} data-testid="money-form">
      <div className="form-grid money-form-grid">
        <label className="field">
          <span>{t('money.form.account')}</span>
          <input value={v.account} onChange={set('account')} placeholder={t('money.form.account_placeholder')} spellCheck={false} data-testid="money-account" />
        </label>
        <label className="field">
          <span>{t('money.form.direction')}</span>
          <select value={v.direction} onChange={set('direction')} data-testid="money-direction">
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(DIRECTION_KEYS[d])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('money.form.rule')}</span>
          <select value={v.rule} onChange={set('rule')} data-testid="money-rule">
            {RULES.map((r) => (
              <option key={r} value={r}>
                {t(RULE_KEYS[r])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('money.form.hops')}</span>
          <input type="number" min={1} max={MAX_HOPS} value={v.hops} onChange={set('hops')} data-testid="money-hops" />
        </label>
        <label className="field">
          <span>{t('money.form.from')}</span>
          <input type="date" value={v.from} onChange={set('from')} data-testid="money-from" />
        </label>
        <label className="field">
          <span>{t('money.form.to')}</span>
          <input type="date" value={v.to} onChange={set('to')} data-testid="money-to" />
        </label>
        <label className="field">
          <span>{t('money.form.min_amount')}</span>
          <input inputMode="decimal" value={v.min_amount} onChange={set('min_amount')} data-testid="money-min-amount" />
        </label>
        <label className="field">
          <span>{t('money.form.currency')}</span>
          <input value={v.currency} onChange={set('currency')} maxLength={3} placeholder={t('money.form.currency_placeholder')} data-testid="money-currency" />
        </label>
      </div>
      <RuleHelp rule={v.rule} />
      <ProblemAlert error={local ?? error} fieldLabel={(f) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f]) : undefined)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="money-trace">
          {t('money.form.trace')}
        </button>
      </div>
    </form>
  );
}
