import { useState } from 'react';
import { useI18n } from '../../shared/useI18n';

/** Copies `text` to the clipboard (where the browser allows it: HTTPS or localhost). */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      },
      () => setCopied(false),
    );
  };
  return (
    <button type="button" className="copy-button" onClick={copy} data-testid={testId}>
      {copied ? t('documents.viewer.copied') : t('documents.viewer.copy')}
    </button>
  );
}
