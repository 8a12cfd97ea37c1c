import { isLookupName, useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { GENDER_KEYS, recordPath, useCaptionText } from './display';
import type { RecordIndex } from './display';
import type { PropertyDef } from './types';

interface Props {
  caseId: string;
  def: PropertyDef | undefined;
  value: string;
  records: RecordIndex;
}

/**
 * One value as the reader needs it: a country's name, a translated gender, a link to the record
 * a property points at. URLs stay plain text: opening a suspect's link from a case file can tip
 * them off.
 */
export function PropertyValue({ caseId, def, value, records }: Props) {
  const { t } = useI18n();
  const lookupLabel = useLookupLabel();
  const caption = useCaptionText();
  if (isLookupName(def?.lookup)) return <>{lookupLabel(def.lookup, value)}</>;
  switch (def?.type) {
    case 'entity':
      return <Link to={recordPath(caseId, value)}>{caption(records.get(value))}</Link>;
    case 'country':
      return (
        <>
          {lookupLabel('countries', value)} <span className="muted">({value})</span>
        </>
      );
    case 'gender':
      return <>{GENDER_KEYS[value] ? t(GENDER_KEYS[value]) : value}</>;
    case 'text':
      return <span className="pre">{value}</span>;
    default:
      return <>{value}</>;
  }
}
