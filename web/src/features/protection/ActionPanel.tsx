import { actorName } from '../../shared/people';
import { Permission } from '../../shared/Permission';
import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { ActionForm } from './ActionForm';
import type { ProtectionFile } from './types';

/** Actions taken for the person (shelter, detention, removal, return…), newest first, and a new one. */
export function ActionPanel({ file, kinds, onSaved }: { file: ProtectionFile; kinds: RefItem[]; onSaved: (f: ProtectionFile) => void }) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  const rows = [...(file.actions ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <section className="card stack-gap" data-testid="file-actions">
      <h2>{t('protection.actions.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('protection.actions.empty')}</p>
      ) : (
        <ol className="wf-list wf-history">
          {rows.map((a, i) => (
            <li key={a.id ?? `${a.at}:${i}`} data-testid="action-row" data-kind={a.kind}>
              <p className="wf-history-head">
                <time dateTime={a.at}>{formatDateTime(a.at)}</time>
                {actorName(a.by) && <span className="muted"> · {actorName(a.by)}</span>}
              </p>
              <p>
                <strong>{label(kinds, a.kind)}</strong>
              </p>
              {a.note && <p className="wf-history-note pre">{a.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <Permission anyOf={['protection.manage']}>
        <ActionForm file={file} kinds={kinds} onSaved={onSaved} />
      </Permission>
    </section>
  );
}
