import type { Partner } from '../partners';
import { Permission } from '../../shared/Permission';
import type { RefItem } from '../../shared/protectionReference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { ConsentForm } from './ConsentForm';
import { ConsentRow } from './ConsentRow';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  partners: Partner[];
  dataCategories: RefItem[];
  onSaved: (f: ProtectionFile) => void;
}

/** Consents of the person (or the guardian): the list, newest first, and a new one. */
export function ConsentPanel({ file, partners, dataCategories, onSaved }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const rows = [...(file.consents ?? [])].sort((a, b) => (a.recorded_at < b.recorded_at ? 1 : -1));
  return (
    <section className="card stack-gap" data-testid="file-consents">
      <h2>{t('protection.consent.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('protection.consent.empty')}</p>
      ) : (
        <ul className="wf-steps">
          {rows.map((c) => (
            <ConsentRow key={c.id} fileId={file.id} consent={c} dataCategories={dataCategories} canManage={can('protection.manage')} onSaved={onSaved} />
          ))}
        </ul>
      )}
      <Permission anyOf={['protection.manage']}>
        <ConsentForm file={file} partners={partners} dataCategories={dataCategories} onSaved={onSaved} />
      </Permission>
    </section>
  );
}
