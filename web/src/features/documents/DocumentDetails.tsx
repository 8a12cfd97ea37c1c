import type { ReactNode } from 'react';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { CopyButton } from './CopyButton';
import { formatNumber, formatSize, TEXT_STATUS_KEYS, uploaderName } from './display';
import type { CaseDocument } from './types';

function Row({ labelKey, children }: { labelKey: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="dl-row">
      <dt>{t(labelKey)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What was uploaded, how big, what it really is, its fingerprint, and who brought it in when. */
export function DocumentDetails({ d }: { d: CaseDocument }) {
  const { t, lang, formatDateTime } = useI18n();
  const chars = formatNumber(d.text_chars, lang);
  return (
    <dl className="dl" data-testid="document-details">
      <Row labelKey="documents.fields.name">
        <span className="document-name">{d.name}</span>
      </Row>
      {d.title && <Row labelKey="documents.fields.title">{d.title}</Row>}
      <Row labelKey="documents.fields.size">
        {t('documents.viewer.size', { size: formatSize(d.size, lang, t), count: d.size, bytes: formatNumber(d.size, lang) })}
      </Row>
      <Row labelKey="documents.fields.media_type">
        <code>{d.media_type}</code>
        {d.declared_type && d.declared_type !== d.media_type && (
          <span className="muted"> {t('documents.viewer.declared', { type: d.declared_type })}</span>
        )}
      </Row>
      <Row labelKey="documents.fields.sha256">
        <span className="hash-line">
          <code className="mono sha256" data-testid="document-sha256">
            {d.sha256}
          </code>
          <CopyButton text={d.sha256} testId="document-sha256-copy" />
        </span>
      </Row>
      <Row labelKey="documents.fields.uploaded">{t('documents.viewer.uploaded', { by: uploaderName(d), at: formatDateTime(d.uploaded_at) })}</Row>
      <Row labelKey="documents.fields.text_status">{t(TEXT_STATUS_KEYS[d.text_status] ?? 'documents.text_status.none', { count: d.text_chars, chars })}</Row>
      {d.exhibit_id && (
        <Row labelKey="documents.fields.exhibit">
          <Link to={`/cases/${d.case_id}/exhibits/${d.exhibit_id}`} data-testid="document-exhibit">
            {t('documents.viewer.open_exhibit')}
          </Link>
        </Row>
      )}
      {d.interview_id && (
        <Row labelKey="documents.fields.interview">
          <Link to={`/cases/${d.case_id}/interviews/${d.interview_id}`} data-testid="document-interview">
            {t('documents.viewer.open_interview')}
          </Link>
        </Row>
      )}
    </dl>
  );
}
