import { useState } from 'react';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { getDocumentText } from './api';
import { DocumentTextView } from './DocumentTextView';
import { formatNumber } from './display';
import type { CaseDocument } from './types';

function TextLoader({ d }: { d: CaseDocument }) {
  const { t } = useI18n();
  const { data, error } = useLoad(() => getDocumentText(d.case_id, d.id), [d.case_id, d.id]);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  return <DocumentTextView text={data} />;
}

/** Container: the collapsible "Extracted text"; the text is fetched the first time it is opened. */
export function ExtractedText({ d }: { d: CaseDocument }) {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details className="card extracted-text" data-testid="document-text-section" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {t('documents.text.title')} <span className="muted">{t('documents.text.chars', { count: d.text_chars, chars: formatNumber(d.text_chars, lang) })}</span>
      </summary>
      {opened && <TextLoader d={d} />}
    </details>
  );
}
