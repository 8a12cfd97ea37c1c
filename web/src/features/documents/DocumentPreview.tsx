import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { contentUrl } from './api';
import { DocumentTextView } from './DocumentTextView';
import { previewKind, showsTextPreview, TEXT_STATUS_KEYS } from './display';
import type { CaseDocument, DocumentText } from './types';

interface Props {
  d: CaseDocument;
  /** The extracted text, for a text file (loaded by the container). */
  text?: DocumentText;
  textError?: unknown;
}

/**
 * The content itself, by the type the server sniffed (never the type the name claims): a PDF in
 * the browser's viewer, a picture, a player that can seek (the server answers Range requests), or
 * a text file as its extracted text — so an HTML file is read as text, never run as a page.
 */
export function DocumentPreview({ d, text, textError }: Props) {
  const { t } = useI18n();
  const kind = previewKind(d.media_type);
  const src = contentUrl(d.case_id, d.id, true);
  const label = d.title || d.name;
  let body;
  switch (kind) {
    case 'pdf':
      body = <iframe className="document-frame" src={src} title={t('documents.viewer.pdf_title', { name: label })} />;
      break;
    case 'image':
      body = <img className="document-image" src={src} alt={label} />;
      break;
    case 'video':
      body = (
        <video className="document-media" src={src} controls preload="metadata">
          {t('documents.viewer.no_player')}
        </video>
      );
      break;
    case 'audio':
      body = (
        <audio className="document-audio" src={src} controls preload="metadata">
          {t('documents.viewer.no_player')}
        </audio>
      );
      break;
    case 'text':
      if (!showsTextPreview(d)) body = <p className="muted">{t(TEXT_STATUS_KEYS[d.text_status] ?? 'documents.viewer.no_preview')}</p>;
      else if (text) body = <DocumentTextView text={text} />;
      else if (textError) body = <ProblemAlert error={textError} />;
      else body = <p className="loading">{t('app.loading')}</p>;
      break;
    default:
      body = <p className="muted">{t('documents.viewer.no_preview')}</p>;
  }
  return (
    <section className="document-preview" data-testid="document-preview" data-kind={kind}>
      {body}
    </section>
  );
}
