import { useState } from 'react';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { datedName, saveBlob } from '../../shared/download';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { traceMoney, traceXlsx } from './api';
import { TraceForm } from './TraceForm';
import { TraceResult } from './TraceResult';
import type { TraceAnswer, TraceBody } from './types';

/** Container: /money (`?account=` prefills) — where an account's money went, or where it came from. */
export function MoneyPage() {
  const { t } = useI18n();
  const account = new URLSearchParams(useSearch()).get('account') ?? '';
  const trace = useAction();
  const xlsx = useAction();
  const [asked, setAsked] = useState<TraceBody | null>(null);
  const [answer, setAnswer] = useState<TraceAnswer | null>(null);
  const run = (body: TraceBody) => {
    setAsked(body);
    trace.run(() => traceMoney(body), setAnswer);
  };
  return (
    <section className="page page-wide" data-testid="money-page">
      <div className="page-head">
        <h1>{t('money.title')}</h1>
        {asked && answer && (
          <button type="button" disabled={xlsx.busy} data-testid="money-xlsx" onClick={() => xlsx.run(() => traceXlsx(asked), (blob) => saveBlob(blob, datedName(t('money.file_name'), 'xlsx')))}>
            {t('money.xlsx')}
          </button>
        )}
      </div>
      <AnalysisNav active="/money" />
      <p className="muted">{t('money.help')}</p>
      <TraceForm initial={{ account }} busy={trace.busy} error={trace.error} onTrace={run} />
      <ProblemAlert error={xlsx.error} />
      {trace.busy && <p className="loading">{t('app.loading')}</p>}
      {answer && !trace.busy && <TraceResult answer={answer} />}
    </section>
  );
}
