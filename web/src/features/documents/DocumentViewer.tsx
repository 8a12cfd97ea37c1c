import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { contentUrl } from './api';
import { documentsPath, showsTextPreview } from './display';
import { DocumentDetails } from './DocumentDetails';
import { DocumentPreview } from './DocumentPreview';
import { ExtractedText } from './ExtractedText';
import type { CaseDocument, DocumentText } from './types';

interface Props {
  d: CaseDocument;
  /** The extracted text of a text file, shown as its preview. */
  text?: DocumentText;
  textError?: unknown;
}

/**
 * Presentational: one document — a warning first when its content is not what its name says,
 * then its details and fingerprint, the content, the download and the text the server extracted.
 */
export function DocumentViewer({ d, text, textError }: Props) {
  const { t } = useI18n();
  return (
    <article className="stack-gap" data-testid="document-viewer">
      <p className="muted case-ref">
        <Link to={documentsPath(d.case_id)}>{t('documents.title')}</Link> / {d.name}
      </p>
      <div className="page-head">
        <h2 data-testid="document-title" className="document-name">
          {d.title || d.name}
        </h2>
        <div className="actions">
          <a href={contentUrl(d.case_id, d.id)} download={d.name} className="button" data-testid="document-download">
            {t('documents.viewer.download')}
          </a>
        </div>
      </div>
      {d.name_mismatch && (
        <div className="alert alert-warning" role="alert" data-testid="document-mismatch">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t('documents.mismatch.title')}
            </strong>
          </p>
          <p>{t('documents.mismatch.detail', { type: d.media_type, name: d.name })}</p>
        </div>
      )}
      <DocumentDetails d={d} />
      <DocumentPreview d={d} text={text} textError={textError} />
      {d.text_status === 'extracted' && !showsTextPreview(d) && <ExtractedText d={d} />}
    </article>
  );
}
