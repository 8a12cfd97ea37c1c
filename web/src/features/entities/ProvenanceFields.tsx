import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';

interface Props {
  source: string;
  grade: string;
  onSource: (source: string) => void;
  onGrade: (grade: string) => void;
  invalidField?: string | null;
}

/** Where the values come from and how reliable that source is (A–F); kept with each new value. */
export function ProvenanceFields({ source, grade, onSource, onGrade, invalidField }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  return (
    <fieldset className="field provenance">
      <legend>{t('entities.form.provenance')}</legend>
      <small className="help" id="entity-provenance-help">{t('entities.form.provenance_help')}</small>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="entity-source">{t('entities.fields.source')}</label>
          <input id="entity-source" value={source} maxLength={500} autoComplete="off" aria-describedby="entity-provenance-help" aria-invalid={invalidField === 'source' || undefined} data-testid="entity-source" onChange={(e) => onSource(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="entity-grade">{t('entities.fields.grade')}</label>
          <select id="entity-grade" value={grade} aria-invalid={invalidField === 'grade' || undefined} data-testid="entity-grade" onChange={(e) => onGrade(e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {lookups.source_grades.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o.label, o.id)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
