import type { Partner } from '../partners';
import type { Referral } from '../referrals';
import { Permission } from '../../shared/Permission';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { ReferralForm } from './ReferralForm';
import { ReferralRow } from './ReferralRow';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  reference: ProtectionReference;
  partners: Partner[];
  onSaved: (f: ProtectionFile) => void;
  onReload: () => void;
}

/** Referrals of the file to partners: newest first with state and deadline, and a new one. */
export function ReferralPanel({ file, reference, partners, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const rows = [...(file.referrals ?? [])].sort((a, b) => (a.requested_at < b.requested_at ? 1 : -1));
  const changed = (r: Referral) => onSaved({ ...file, referrals: (file.referrals ?? []).map((x) => (x.id === r.id ? r : x)) });
  return (
    <section className="card stack-gap" data-testid="file-referrals">
      <h2>{t('protection.referrals.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('protection.referrals.empty')}</p>
      ) : (
        <ul className="wf-steps">
          {rows.map((r) => (
            <ReferralRow key={r.id} referral={r} reference={reference} showNote={file.view !== 'case'} canManage={can('protection.manage')} onChanged={changed} onReload={onReload} />
          ))}
        </ul>
      )}
      <Permission anyOf={['protection.manage']}>
        <ReferralForm file={file} reference={reference} partners={partners} onSaved={onSaved} />
      </Permission>
    </section>
  );
}
