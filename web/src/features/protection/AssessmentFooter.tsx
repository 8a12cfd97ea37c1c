import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import type { AssessmentCommon } from './assessmentForm';

interface Props {
  value: AssessmentCommon;
  onChange: (v: AssessmentCommon) => void;
  busy: boolean;
  error: unknown;
  /** Shown under "completed", e.g. that a plan needs all six steps. */
  completedHelpKey?: string;
}

/** What every assessment form ends with: completed or not, a note, the problem, the button. */
export function AssessmentFooter({ value, onChange, busy, error, completedHelpKey }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="field field-checkbox">
        <label className="check">
          <input type="checkbox" checked={value.completed} data-testid="assessment-completed" onChange={(e) => onChange({ ...value, completed: e.target.checked })} />
          <span>{t('assessment.completed')}</span>
        </label>
        {completedHelpKey && <small className="help">{t(completedHelpKey)}</small>}
      </div>
      <div className="field">
        <label htmlFor="assessment-note">{t('assessment.note')}</label>
        <textarea id="assessment-note" rows={2} maxLength={4000} value={value.note} data-testid="assessment-note" onChange={(e) => onChange({ ...value, note: e.target.value })} />
      </div>
      <ProblemAlert error={error} fieldPrefix="assessment.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="assessment-submit">
          {t('assessment.submit')}
        </button>
      </div>
    </>
  );
}
