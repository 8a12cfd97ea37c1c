import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { fillBuckets } from './activity';
import { ActivityChart } from './ActivityChart';
import { getActivity } from './api';
import { NumberField } from './NumberField';
import type { ActivityAnswer, BucketSize } from './types';

const SIZES: BucketSize[] = ['hour', 'day', 'week'];
const SIZE_KEYS: Record<BucketSize, string> = { hour: 'calls.activity.hour', day: 'calls.activity.day', week: 'calls.activity.week' };

/** A number's calls over time. */
export function ActivityTab({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [number, setNumber] = useState(initial);
  const [size, setSize] = useState<BucketSize>('day');
  const action = useAction();
  const [answer, setAnswer] = useState<{ a: ActivityAnswer; size: BucketSize } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const asked = size;
    if (number.trim()) action.run(() => getActivity(number.trim(), asked), (a) => setAnswer({ a, size: asked }));
  };
  return (
    <div className="stack-gap" data-testid="calls-activity">
      <form className="filters" onSubmit={submit}>
        <NumberField value={number} onChange={setNumber} testId="calls-activity-number" />
        <label className="field">
          <span>{t('calls.activity.bucket')}</span>
          <select value={size} onChange={(e) => setSize(SIZES.find((s) => s === e.target.value) ?? 'day')} data-testid="calls-activity-bucket">
            {SIZES.map((s) => (
              <option key={s} value={s}>
                {t(SIZE_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary" disabled={action.busy || !number.trim()} data-testid="calls-activity-run">
            {t('calls.show')}
          </button>
        </div>
      </form>
      <ProblemAlert error={action.error} />
      {answer && (
        <section className="card stack-gap">
          <p data-testid="calls-activity-total">{t('calls.activity.total', { count: answer.a.calls ?? 0 })}</p>
          <ActivityChart buckets={fillBuckets(answer.a.buckets ?? [], answer.size)} size={answer.size} />
        </section>
      )}
    </div>
  );
}
