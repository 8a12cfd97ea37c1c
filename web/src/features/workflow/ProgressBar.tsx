import { useI18n } from '../../shared/useI18n';
import { settled } from './display';
import type { Progress } from './types';

/** "done + not applicable of total", and a bar with the two parts. */
export function ProgressBar({ progress, testId }: { progress: Progress; testId?: string }) {
  const { t } = useI18n();
  const { count } = settled(progress);
  const part = (n: number) => (progress.total > 0 ? `${(n / progress.total) * 100}%` : '0%');
  const text = t('checklists.progress', { done: progress.done, na: progress.not_applicable, total: progress.total });
  return (
    <span className="cl-progress" data-testid={testId}>
      <span className="cl-bar" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={count} aria-valuetext={text}>
        <span className="cl-bar-done" style={{ width: part(progress.done) }} />
        <span className="cl-bar-na" style={{ width: part(progress.not_applicable) }} />
      </span>
      <span className="cl-progress-text">{text}</span>
    </span>
  );
}
