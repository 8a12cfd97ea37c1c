import type { ReactNode } from 'react';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { contentUrl } from './api';
import { documentPath, formatSize, previewKind } from './display';
import { MismatchBadge } from './MismatchBadge';
import type { CaseDocument } from './types';

export type AttachmentsKind = 'photos' | 'recordings';

/** The panel's words: photos of an exhibit, recordings of an interview. */
export const ATTACHMENTS: Record<AttachmentsKind, { titleKey: string; emptyKey: string; uploadKey: string; accept: string }> = {
  photos: {
    titleKey: 'documents.attachments.photos',
    emptyKey: 'documents.attachments.no_photos',
    uploadKey: 'documents.attachments.add_photo',
    accept: 'image/*',
  },
  recordings: {
    titleKey: 'documents.attachments.recordings',
    emptyKey: 'documents.attachments.no_recordings',
    uploadKey: 'documents.attachments.add_recording',
    accept: 'audio/*,video/*',
  },
};

interface Props {
  caseId: string;
  kind: AttachmentsKind;
  /** The documents attached to the record; undefined until they have loaded. */
  docs: CaseDocument[] | undefined;
  error?: unknown;
  /** The upload form, for those who may add files. */
  upload?: ReactNode;
}

function NameLink({ d }: { d: CaseDocument }) {
  return (
    <Link to={documentPath(d.case_id, d.id)} className="document-name" data-testid="document-link">
      {d.name}
    </Link>
  );
}

/**
 * Presentational: the files attached to an exhibit or an interview, by the type the server
 * sniffed — pictures as a grid of thumbnails, audio and video with a player, anything else as a
 * line with its size and type. Each links to the document's own page.
 */
export function AttachmentsView({ caseId, kind, docs, error, upload }: Props) {
  const { t, lang } = useI18n();
  const words = ATTACHMENTS[kind];
  const items = docs ?? [];
  const images = items.filter((d) => previewKind(d.media_type) === 'image');
  const media = items.filter((d) => ['audio', 'video'].includes(previewKind(d.media_type)));
  const others = items.filter((d) => !['image', 'audio', 'video'].includes(previewKind(d.media_type)));
  return (
    <section className="stack-gap attachments" data-testid="attachments-panel" data-kind={kind}>
      <h3>{t(words.titleKey)}</h3>
      <ProblemAlert error={error} />
      {!docs && !error && <p className="loading">{t('app.loading')}</p>}
      {docs && items.length === 0 && (
        <p className="muted" data-testid="attachments-empty">
          {t(words.emptyKey)}
        </p>
      )}
      {images.length > 0 && (
        <ul className="attachment-grid">
          {images.map((d) => (
            <li key={d.id} className="attachment-tile" data-testid="attachment-item" data-kind="image">
              <Link to={documentPath(caseId, d.id)} className="attachment-thumb-link">
                <img className="attachment-thumb" src={contentUrl(caseId, d.id, true)} loading="lazy" alt={d.name} data-testid="attachment-thumb" />
              </Link>
              <span className="attachment-caption">
                <span className="document-name">{d.name}</span>
                <MismatchBadge d={d} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {media.length > 0 && (
        <ul className="attachment-list">
          {media.map((d) => {
            const src = contentUrl(caseId, d.id, true);
            const kindOf = previewKind(d.media_type);
            return (
              <li key={d.id} className="attachment-media" data-testid="attachment-item" data-kind={kindOf}>
                {kindOf === 'video' ? (
                  <video className="attachment-video" src={src} controls preload="metadata" data-testid="attachment-player">
                    {t('documents.viewer.no_player')}
                  </video>
                ) : (
                  <audio className="attachment-audio" src={src} controls preload="metadata" data-testid="attachment-player">
                    {t('documents.viewer.no_player')}
                  </audio>
                )}
                <span className="attachment-caption">
                  <NameLink d={d} />
                  <MismatchBadge d={d} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {others.length > 0 && (
        <ul className="attachment-list">
          {others.map((d) => (
            <li key={d.id} className="attachment-row" data-testid="attachment-item" data-kind="other">
              <NameLink d={d} />
              <span className="nowrap muted">{formatSize(d.size, lang, t)}</span>
              <code>{d.media_type}</code>
              <MismatchBadge d={d} />
            </li>
          ))}
        </ul>
      )}
      {upload}
    </section>
  );
}
