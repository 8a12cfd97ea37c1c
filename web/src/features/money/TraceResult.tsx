import { useMemo } from 'react';
import { useI18n } from '../../shared/useI18n';
import { CounterpartTable } from './CounterpartTable';
import { DIRECTION_KEYS, formatAmount, RULE_KEYS } from './display';
import { FlowTable } from './FlowTable';
import { SankeyChart } from './SankeyChart';
import { cleanSankey, sankeyFromFlows } from './sankeyData';
import type { TraceAnswer } from './types';

/** One trace: what was asked, the Sankey, the counterparts and the flows. */
export function TraceResult({ answer }: { answer: TraceAnswer }) {
  const { t, lang } = useI18n();
  const data = useMemo(() => cleanSankey(answer.sankey?.links?.length ? answer.sankey : sankeyFromFlows(answer.flows ?? [])), [answer]);
  const start = typeof answer.traced_start === 'number' ? formatAmount(lang, answer.traced_start, answer.currency) : String(answer.traced_start ?? '');
  return (
    <div className="stack-gap" data-testid="money-result">
      <p data-testid="money-summary">
        {t('money.result.summary', {
          account: answer.account.replace(/^a:/, ''),
          direction: t(DIRECTION_KEYS[answer.direction] ?? 'money.form.forward'),
          rule: t(RULE_KEYS[answer.rule] ?? 'money.form.fifo'),
          count: answer.hops,
        })}
        {start && ` ${t('money.result.traced_start', { amount: start })}`}
      </p>
      {answer.truncated && <p className="alert alert-warning" data-testid="money-truncated">{t('money.result.truncated')}</p>}
      {data.dropped > 0 && <p className="help">{t('money.sankey.dropped', { count: data.dropped })}</p>}
      <section className="card">
        <SankeyChart data={data} start={answer.account} currency={answer.currency} />
      </section>
      <h2>{t('money.counterparts.title', { count: answer.counterparts?.length ?? 0 })}</h2>
      <CounterpartTable rows={answer.counterparts ?? []} currency={answer.currency} />
      <h2>{t('money.flows.title', { count: answer.flows?.length ?? 0 })}</h2>
      <FlowTable rows={answer.flows ?? []} currency={answer.currency} />
    </div>
  );
}
