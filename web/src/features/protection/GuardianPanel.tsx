import { Permission } from '../../shared/Permission';
import { useI18n } from '../../shared/useI18n';
import { GuardianForm } from './GuardianForm';
import type { ProtectionFile } from './types';

/** The guardian: shown first and marked when the person is treated as a child. */
export function GuardianPanel({ file, onSaved }: { file: ProtectionFile; onSaved: (f: ProtectionFile) => void }) {
  const { t, formatDateTime } = useI18n();
  const g = file.guardian;
  const missing = file.child && !g;
  return (
    <section className={`card stack-gap${file.child ? ' guardian-prominent' : ''}`} data-testid="file-guardian">
      <h2>{t('protection.guardian.title')}</h2>
      {missing && <p className="alert alert-warning" data-testid="guardian-missing">{t('protection.guardian.missing')}</p>}
      {g ? (
        <p data-testid="guardian-current">
          <strong>{g.name}</strong>
          {g.organisation && <> · {g.organisation}</>}
          {g.contact && <> · {g.contact}</>}
          <br />
          <small className="muted">
            {t('protection.guardian.appointed', { by: g.appointed_by || '—', at: formatDateTime(g.appointed_at) || '—' })}
          </small>
        </p>
      ) : (
        !missing && <p className="muted">{t('protection.guardian.none')}</p>
      )}
      <Permission anyOf={['protection.manage']}>
        <GuardianForm key={JSON.stringify(g)} file={file} onSaved={onSaved} />
      </Permission>
    </section>
  );
}
