import { ApiError } from './api';
import type { Problem } from './api';
import { useI18n } from './useI18n';

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { status: 0, code: 'unknown' };
}

/** The translated text of a problem: `errors.<code>`, or the generic one for an unknown code. */
export function useProblemText(): (error: unknown) => string {
  const { t, has } = useI18n();
  return (error) => {
    const { code } = problemOf(error);
    return has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown');
  };
}

/**
 * For marking the field a problem names: `errorFor('seized_at')` is the translated problem when
 * the error names `seized_at`, undefined otherwise (and for errors without a field).
 */
export function useFieldError(error: unknown): (field: string) => string | undefined {
  const text = useProblemText();
  const named = error instanceof ApiError ? error.problem.field : undefined;
  return (field) => (named && named === field ? text(error) : undefined);
}

interface Props {
  error: unknown;
  /** Where field labels live, e.g. `case.fields`; the raw field name is shown when none matches. */
  fieldPrefix?: string;
  /** Names a field whose label is not in the JSON files (e.g. a record property from the schema). */
  fieldLabel?: (field: string) => string | undefined;
}

/** Shows a problem+json error: the translated `errors.<code>` and the field at fault. */
export function ProblemAlert({ error, fieldPrefix, fieldLabel }: Props) {
  const { t, has } = useI18n();
  if (!error) return null;
  const problem = problemOf(error);
  const message = has(`errors.${problem.code}`) ? t(`errors.${problem.code}`) : t('errors.unknown');
  let field: string | null = null;
  if (problem.field) {
    const key = `${fieldPrefix ?? ''}.${problem.field.replace(/\./g, '_')}`;
    field = fieldLabel?.(problem.field) ?? (fieldPrefix && has(key) ? t(key) : problem.field);
  }
  return (
    <div className="alert alert-error" role="alert" data-testid="problem">
      <p>{message}</p>
      {field && <p className="alert-field">{t('problem.field_at_fault', { field })}</p>}
    </div>
  );
}
