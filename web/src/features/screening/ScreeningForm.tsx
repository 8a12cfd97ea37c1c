import { useState } from 'react';
import type { FormEvent } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { createScreening, listIndicatorSets, loadIndicatorSet } from './api';
import { IndicatorGroupFieldset } from './IndicatorGroupFieldset';
import { groupIndicators, observedCount, screeningBody } from './screening';
import { ScreeningResultView } from './ScreeningResultView';
import { SetPicker } from './SetPicker';
import type { Mark, Marks, Screening, ScreeningSubject } from './types';

interface Props {
  /** Whom the screening is about: a person of a case, a frontline report or a protection file. */
  subject: ScreeningSubject;
  /** Told after the server recorded the screening (the page reloads its list). */
  onSaved?: (s: Screening) => void;
}

/**
 * Container: choose indicator sets, tick what was observed (with a note each), record it, and
 * see the result — observed per group and a recommendation, never a score, always the notice.
 */
export function ScreeningForm({ subject, onSaved }: Props) {
  const { t, label } = useI18n();
  const summaries = useLoad(listIndicatorSets, []);
  const [chosen, setChosen] = useState<string[]>([]);
  const sets = useLoad(() => Promise.all(chosen.map(loadIndicatorSet)), [chosen.join(',')]);
  const [marks, setMarks] = useState<Marks>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Screening | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const loaded = (sets.data ?? []).filter((s) => chosen.includes(s.id));

  const mark = (id: string, m: Mark) => setMarks((all) => ({ ...all, [id]: m }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    createScreening(screeningBody(subject, loaded, marks, note), key).then(
      (s) => {
        setBusy(false);
        setResult(s);
        onSaved?.(s);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const again = () => {
    setResult(null);
    setMarks({});
    setNote('');
    setKey(newIdempotencyKey());
  };

  if (result) {
    return (
      <section className="card stack-gap screening" data-testid="screening">
        <h3>{t('screening.result.title')}</h3>
        <ScreeningResultView screening={result} primary />
        <div className="actions">
          <button type="button" data-testid="screening-again" onClick={again}>
            {t('screening.again')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <form className="card stack-gap screening" onSubmit={submit} noValidate data-testid="screening">
      <h3>{t('screening.title')}</h3>
      <p className="muted">{t('screening.intro')}</p>
      <ProblemAlert error={summaries.error} />
      {summaries.data && <SetPicker sets={summaries.data} chosen={chosen} onChange={setChosen} />}
      <ProblemAlert error={sets.error} />
      {chosen.length > 0 && sets.loading && <p className="loading">{t('app.loading')}</p>}
      {loaded.map((set) => (
        <section key={set.id} className="stack-gap" data-testid={`screening-indicators-${set.id}`}>
          <h4>{label(set.label, set.id)}</h4>
          {groupIndicators(set).map((view) => (
            <IndicatorGroupFieldset key={view.group.id} setId={set.id} view={view} marks={marks} onMark={mark} />
          ))}
        </section>
      ))}
      {loaded.length > 0 && (
        <div className="field">
          <label htmlFor="screening-overall-note">{t('screening.overall_note')}</label>
          <textarea id="screening-overall-note" rows={2} maxLength={4000} value={note} data-testid="screening-overall-note" onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      <ProblemAlert error={error} fieldLabel={(f) => (f.startsWith('observations') ? t('screening.observed') : undefined)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || loaded.length === 0} data-testid="screening-submit">
          {t('screening.submit', { count: observedCount(loaded, marks) })}
        </button>
      </div>
    </form>
  );
}
