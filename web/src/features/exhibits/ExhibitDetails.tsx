import type { ReactNode } from 'react';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { StateBadge } from './ExhibitBadges';
import type { Exhibit } from './types';

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

/** The register entry: what was seized, when, where, by whom and under which authority. */
export function ExhibitDetails({ x }: { x: Exhibit }) {
  const { formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  return (
    <dl className="dl" data-testid="exhibit-details">
      <Row labelKey="exhibits.fields.evidence_type">{lookupLabel('evidence_types', x.evidence_type)}</Row>
      <Row labelKey="exhibits.fields.state">
        <StateBadge state={x.state} />
      </Row>
      <Row labelKey="exhibits.fields.description">{x.description && <p className="pre">{x.description}</p>}</Row>
      <Row labelKey="exhibits.fields.seized_at">{formatDateTime(x.seized_at)}</Row>
      <Row labelKey="exhibits.fields.seized_place">{x.seized_place}</Row>
      <Row labelKey="exhibits.fields.seized_by">{x.seized_by}</Row>
      <Row labelKey="exhibits.fields.authority">{x.authority}</Row>
      <Row labelKey="exhibits.fields.warrant_number">{x.warrant_number}</Row>
      <Row labelKey="exhibits.fields.packaging">{x.packaging}</Row>
      <Row labelKey="exhibits.fields.seal_numbers">{(x.seal_numbers ?? []).join(', ')}</Row>
      <Row labelKey="exhibits.fields.holder">{x.holder}</Row>
      <Row labelKey="exhibits.fields.created">{`${x.created_by}, ${formatDateTime(x.created_at)}`}</Row>
    </dl>
  );
}
