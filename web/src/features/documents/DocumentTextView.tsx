import { useI18n } from '../../shared/useI18n';
import type { DocumentText } from './types';

/** The text the server extracted, as plain text (never as HTML). */
export function DocumentTextView({ text }: { text: DocumentText }) {
  const { t } = useI18n();
  return (
    <div className="stack-gap">
      <pre className="document-text" data-testid="document-text">
        {text.text}
      </pre>
      {text.truncated && (
        <p className="muted" data-testid="document-text-truncated">
          {t('documents.text.truncated')}
        </p>
      )}
    </div>
  );
}
