import type { ReactNode } from 'react';
import { AGE_GROUP_KEYS, SEX_KEYS } from '../../shared/people';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { ChildBadge } from './ChildBadge';
import { COOPERATION_KEYS } from './display';
import type { ProtectionFile } from './types';

function Row({ labelKey, children }: { labelKey: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="dl-row">
      <dt>{t(labelKey)}</dt>
      <dd>{children === '' || children === null || children === undefined ? <span className="muted">{t('common.none')}</span> : children}</dd>
    </div>
  );
}

/** Who the file is about, whether they are treated as a child, and where the file belongs. */
export function FileHeader({ file }: { file: ProtectionFile }) {
  const { t, formatDate } = useI18n();
  const lookup = useLookupLabel();
  const p = file.person ?? { name: '', sex: 'unknown' };
  const ageGroup = p.age_group && AGE_GROUP_KEYS[p.age_group] ? t(AGE_GROUP_KEYS[p.age_group]) : '';
  return (
    <section className="stack-gap" data-testid="file-header">
      <div className="page-head">
        <h1 data-testid="file-title">{p.name || file.reference}</h1>
        <p className="badges">
          <span className="badge badge-schema">{file.reference}</span>
          {file.child && <ChildBadge reason={file.child_reason} testId="file-child-badge" />}
        </p>
      </div>
      <p className="muted">
        {file.owner_unit?.name && t('protection.file.owner', { unit: file.owner_unit.name })}
        {file.case && (
          <>
            {' · '}
            {t('protection.fields.case')}: <Link to={`/cases/${file.case.id}/protection`} data-testid="file-case">{file.case.reference}</Link>
          </>
        )}
      </p>
      <dl className="dl">
        <Row labelKey="protection.fields.person_sex">{SEX_KEYS[p.sex] ? t(SEX_KEYS[p.sex]) : p.sex}</Row>
        <Row labelKey="protection.fields.person_birth_date">
          {p.birth_date ? (p.birth_date.length === 10 ? formatDate(p.birth_date) : p.birth_date) : ''}
          {p.age_uncertain && <span className="badge badge-flag">{t('protection.fields.person_age_uncertain')}</span>}
        </Row>
        <Row labelKey="protection.fields.age_group">{ageGroup}</Row>
        <Row labelKey="protection.fields.person_nationality">{p.nationality ? lookup('countries', p.nationality) : ''}</Row>
        <Row labelKey="protection.fields.person_languages">{(p.languages ?? []).join(', ')}</Row>
        <Row labelKey="protection.fields.person_contact">{p.contact ?? ''}</Row>
        <Row labelKey="protection.fields.jurisdiction">{lookup('countries', file.jurisdiction)}</Row>
        <Row labelKey="protection.fields.cooperation">{COOPERATION_KEYS[file.cooperation] ? t(COOPERATION_KEYS[file.cooperation]) : file.cooperation}</Row>
        <Row labelKey="protection.fields.forms_of_exploitation">{(file.forms_of_exploitation ?? []).map((f) => lookup('forms_of_exploitation', f)).join(', ')}</Row>
        {file.note && (
          <Row labelKey="protection.fields.note">
            <p className="pre">{file.note}</p>
          </Row>
        )}
      </dl>
      {file.child && <p className="alert alert-warning" data-testid="file-child-notice">{t('protection.file.child_notice')}</p>}
    </section>
  );
}
