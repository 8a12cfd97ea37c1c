import type { ReactNode } from 'react';
import { useLookupLabel } from '../../shared/reference';
import type { LookupName } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import type { Case } from './types';

function Row({ labelKey, children, restricted }: { labelKey: string; children: ReactNode; restricted?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={restricted ? 'dl-row restricted' : 'dl-row'}>
      <dt>
        {t(labelKey)} {restricted && <span className="badge badge-restricted">{t('forms.restricted')}</span>}
      </dt>
      <dd>{children === '' || children === null ? <span className="muted">{t('common.none')}</span> : children}</dd>
    </div>
  );
}

export function CaseOverview({ c }: { c: Case }) {
  const { t, formatDateTime } = useI18n();
  const label = useLookupLabel();
  const many = (name: LookupName, ids: string[] | undefined) => (ids ?? []).map((id) => label(name, id)).join(', ');
  return (
    <dl className="dl" data-testid="case-overview">
      <Row labelKey="case.fields.summary">{c.summary ? <p className="pre">{c.summary}</p> : ''}</Row>
      <Row labelKey="case.fields.state">{label('case_states', c.state)}</Row>
      <Row labelKey="case.fields.category">{label('categories', c.category)}</Row>
      <Row labelKey="case.fields.forms_of_exploitation">{many('forms_of_exploitation', c.forms_of_exploitation)}</Row>
      <Row labelKey="case.fields.approach">{label('approaches', c.approach)}</Row>
      <Row labelKey="case.fields.trigger">{label('triggers', c.trigger)}</Row>
      <Row labelKey="case.fields.jurisdiction_country">{label('countries', c.jurisdiction?.country)}</Row>
      <Row labelKey="case.fields.jurisdiction_region">{c.jurisdiction?.region ?? ''}</Row>
      <Row labelKey="case.fields.countries_of_origin">{many('countries', c.countries_of_origin)}</Row>
      <Row labelKey="case.fields.countries_of_transit">{many('countries', c.countries_of_transit)}</Row>
      <Row labelKey="case.fields.countries_of_destination">{many('countries', c.countries_of_destination)}</Row>
      <Row labelKey="case.fields.covert">{c.covert ? t('common.yes') : t('common.no')}</Row>
      <Row labelKey="case.fields.owning_unit">{c.owning_unit ? `${c.owning_unit.code} — ${c.owning_unit.name}` : ''}</Row>
      <Row labelKey="case.fields.created_by">{c.created_by?.display_name ?? ''}</Row>
      <Row labelKey="case.fields.created_at">{formatDateTime(c.created_at)}</Row>
      <Row labelKey="case.fields.updated_at">{formatDateTime(c.updated_at)}</Row>
      {'victim_notes' in c && (
        <Row labelKey="case.fields.victim_notes" restricted>
          {c.victim_notes ? <p className="pre">{c.victim_notes}</p> : ''}
        </Row>
      )}
    </dl>
  );
}
