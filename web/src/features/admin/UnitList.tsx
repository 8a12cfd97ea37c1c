import type { FieldDef, FormValues } from '../../forms';
import { Permission } from '../../shared/Permission';
import { useLookupLabel, useReference } from '../../shared/reference';
import type { Unit } from '../../shared/reference';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { createUnit } from './api';
import { SimpleForm } from './SimpleForm';

const FIELDS: FieldDef[] = [
  { name: 'code', type: 'text', labelKey: 'unit.fields.code', required: true, testId: 'unit-form-code' },
  { name: 'name', type: 'text', labelKey: 'unit.fields.name', required: true, testId: 'unit-form-name' },
  { name: 'country', type: 'select', labelKey: 'unit.fields.country', lookup: 'countries', required: true, testId: 'unit-form-country' },
  { name: 'region', type: 'text', labelKey: 'unit.fields.region', testId: 'unit-form-region' },
  // The agency and the kind of body decide who may receive intelligence (recipient classes).
  { name: 'agency', type: 'text', labelKey: 'unit.fields.agency', helpKey: 'unit.fields.agency_help', testId: 'unit-form-agency' },
  { name: 'kind', type: 'select', labelKey: 'unit.fields.kind', lookup: 'unit_kinds', required: true, testId: 'unit-form-kind' },
];
const EMPTY: FormValues = { code: '', name: '', country: '', region: '', agency: '', kind: 'police' };
const s = (v: FormValues, k: string) => String(v[k] ?? '').trim();

/** Units come from the shared reference data, so a new unit shows up in every unit picker. */
export function UnitList() {
  const { t } = useI18n();
  const { units, reloadUnits } = useReference();
  const label = useLookupLabel();
  const columns: Column<Unit>[] = [
    { id: 'code', labelKey: 'unit.fields.code', render: (u) => u.code },
    { id: 'name', labelKey: 'unit.fields.name', render: (u) => u.name },
    { id: 'country', labelKey: 'unit.fields.country', render: (u) => label('countries', u.country) },
    { id: 'region', labelKey: 'unit.fields.region', render: (u) => u.region ?? '' },
    { id: 'agency', labelKey: 'unit.fields.agency', render: (u) => u.agency ?? '' },
    { id: 'kind', labelKey: 'unit.fields.kind', render: (u) => (u.kind ? label('unit_kinds', u.kind) : '') },
  ];
  const save = (v: FormValues) => {
    const region = s(v, 'region');
    const agency = s(v, 'agency');
    return createUnit({ code: s(v, 'code'), name: s(v, 'name'), country: s(v, 'country'), ...(region ? { region } : {}),
      ...(agency ? { agency } : {}), kind: s(v, 'kind') || 'police' });
  };
  return (
    <section className="stack-gap" data-testid="admin-units">
      <h2>{t('admin.units.title')}</h2>
      <Table rows={units} columns={columns} rowKey={(u) => u.id} testId="unit-table" emptyKey="admin.units.empty" />
      <Permission anyOf={['unit.manage', 'user.manage']}>
        <SimpleForm titleKey="admin.units.create_title" fields={FIELDS} initial={EMPTY} fieldPrefix="unit.fields" submitKey="buttons.create" testId="unit-form" save={save} onSaved={reloadUnits} />
      </Permission>
    </section>
  );
}
