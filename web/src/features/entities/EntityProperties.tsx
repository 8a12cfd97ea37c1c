import { useI18n } from '../../shared/useI18n';
import { PropertyValue } from './PropertyValue';
import { ValueProvenance } from './ValueProvenance';
import { usePropertyLabel } from './display';
import type { RecordIndex } from './display';
import type { Entity, EntitySchemaDoc } from './types';

interface Props {
  e: Entity;
  doc: EntitySchemaDoc;
  records: RecordIndex;
}

/** Every property with values, in schema order, each value with its provenance. */
export function EntityProperties({ e, doc, records }: Props) {
  const { t } = useI18n();
  const propLabel = usePropertyLabel(doc, e.schema);
  const def = doc.schemata[e.schema];
  const order = Object.keys(def?.properties ?? {});
  const props = Object.keys(e.properties)
    .filter((p) => e.properties[p].length > 0)
    .sort((a, b) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6));
  if (props.length === 0) return <p className="muted">{t('entities.page.no_properties')}</p>;
  return (
    <dl className="dl entity-properties" data-testid="entity-properties">
      {props.map((p) => (
        <div key={p} className="dl-row" data-property={p}>
          <dt>{propLabel(p)}</dt>
          {e.properties[p].map((v) => (
            <dd key={v.value} className="entity-value" data-testid={`entity-value-${p}`}>
              <PropertyValue caseId={e.case_id} def={def?.properties[p]} value={v.value} records={records} />
              <ValueProvenance v={v} type={def?.properties[p]?.type} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
