import { useState } from 'react';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { FileEdit } from './FileEdit';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  onSaved: (f: ProtectionFile) => void;
  onReload: () => void;
}

/**
 * The "Edit" button and, once pressed, the edit form. Only for `protection.manage` and only on the
 * full view: a file seen from its case is not edited from there.
 */
export function FileEditPanel({ file, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  if (file.view !== 'full' || !can('protection.manage')) return null;
  if (!open) {
    return (
      <p className="actions">
        <button type="button" data-testid="file-edit" onClick={() => setOpen(true)}>
          {t('buttons.edit')}
        </button>
      </p>
    );
  }
  const saved = (next: ProtectionFile) => {
    setOpen(false);
    onSaved(next);
  };
  return <FileEdit file={file} onSaved={saved} onCancel={() => setOpen(false)} onReload={onReload} />;
}
