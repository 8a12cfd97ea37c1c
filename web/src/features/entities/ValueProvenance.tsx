import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { FlagBadge } from './FlagBadge';
import type { EntityValue, PropertyType } from './types';

/** Who recorded a value and when, from which source and grade, its flags and normalised form. */
export function ValueProvenance({ v, type }: { v: EntityValue; type: PropertyType | undefined }) {
  const { t, formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  // A country's `uz` for `UZ` is no news; an E.164 phone or a cleaned-up identifier is.
  const normalized = v.normalized && v.normalized.toLowerCase() !== v.value.toLowerCase() ? v.normalized : null;
  const parts = [t('entities.value.recorded', { by: v.recorded_by, at: formatDateTime(v.recorded_at) })];
  if (v.source) parts.push(t('entities.value.source', { source: v.source }));
  return (
    <div className="provenance-line" data-testid="value-provenance">
      {normalized && (
        <span className="normalized">
          {t(type === 'phone' ? 'entities.value.normalized_phone' : 'entities.value.normalized', { value: normalized })}
        </span>
      )}
      {v.latin && v.latin !== v.value && <span className="latin">{t('entities.value.latin', { value: v.latin })}</span>}
      <small className="muted">
        {parts.join(' · ')}
        {v.grade && (
          <>
            {' · '}
            <abbr title={lookupLabel('source_grades', v.grade)}>{t('entities.value.grade', { grade: v.grade })}</abbr>
          </>
        )}
      </small>
      {(v.flags ?? []).map((f) => (
        <FlagBadge key={f} flag={f} />
      ))}
    </div>
  );
}
