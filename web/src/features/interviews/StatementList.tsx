import { useI18n } from '../../shared/useI18n';
import type { StatementVersion } from './types';

interface Props {
  statements: StatementVersion[];
  /** The user may not read the words: who recorded which version is shown, never the text. */
  restricted?: boolean;
}

/** Every version of the statement, newest first; a correction never overwrites what was said. */
export function StatementList({ statements, restricted }: Props) {
  const { t, formatDateTime } = useI18n();
  const sorted = [...statements].sort((a, b) => b.version - a.version);
  return (
    <div className="stack-gap">
      {restricted && (
        <p className="alert alert-info" role="status" data-testid="statements-restricted">
          {t('interviews.statements.restricted')}
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">{t('interviews.statements.empty')}</p>
      ) : (
        <ol className="history">
          {sorted.map((s, i) => (
            <li key={s.version} className="history-entry statement" data-testid="statement-version">
              <p className="history-head">
                <strong>{t('interviews.statements.version', { version: s.version })}</strong>
                {i === 0 && sorted.length > 1 && <span className="badge badge-schema">{t('interviews.statements.latest')}</span>}{' '}
                <span className="muted">{t('interviews.statements.by', { by: s.recorded_by, at: formatDateTime(s.recorded_at) })}</span>
                {s.language && <span className="muted"> · {t('interviews.statements.language', { language: s.language })}</span>}
              </p>
              {s.note && <p className="muted statement-note">{t('interviews.statements.note', { note: s.note })}</p>}
              {s.text !== undefined && <p className="pre statement-text">{s.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
