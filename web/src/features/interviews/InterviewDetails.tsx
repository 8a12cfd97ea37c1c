import type { ReactNode } from 'react';
import { EntityCaption, recordPath } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { Interview } from './types';

function Row({ labelKey, children }: { labelKey: string; children: ReactNode }) {
  const { t } = useI18n();
  const empty = children === '' || children === null || children === undefined;
  return (
    <div className="dl-row">
      <dt>{t(labelKey)}</dt>
      <dd>{empty ? <span className="muted">{t('common.none')}</span> : children}</dd>
    </div>
  );
}

/** What kind of interview, with whom, when, where, in which language, and the consent. */
export function InterviewDetails({ iv }: { iv: Interview }) {
  const { t, formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  return (
    <dl className="dl" data-testid="interview-details">
      <Row labelKey="interviews.fields.kind">{lookupLabel('interview_kinds', iv.kind)}</Row>
      <Row labelKey="interviews.fields.subject_entity_id">
        <Link to={recordPath(iv.case_id, iv.subject.id)}>
          <EntityCaption e={iv.subject} />
        </Link>
      </Row>
      <Row labelKey="interviews.fields.started_at">{formatDateTime(iv.started_at)}</Row>
      <Row labelKey="interviews.fields.ended_at">{formatDateTime(iv.ended_at)}</Row>
      <Row labelKey="interviews.fields.place">{iv.place}</Row>
      <Row labelKey="interviews.fields.language">{iv.language}</Row>
      <Row labelKey="interviews.fields.consent">{iv.consent ? t('common.yes') : t('common.no')}</Row>
      <Row labelKey="interviews.fields.consent_note">{iv.consent_note && <p className="pre">{iv.consent_note}</p>}</Row>
      <Row labelKey="interviews.fields.created">{`${iv.created_by}, ${formatDateTime(iv.created_at)}`}</Row>
    </dl>
  );
}
