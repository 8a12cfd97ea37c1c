import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { confirmJurisdictionItem } from './api';
import { itemSuffix } from './jurisdictionDisplay';
import type { ConfirmItem } from './types';

interface Props {
  country: string;
  item: ConfirmItem;
  /** Called after the server recorded the confirmation (the screen reloads the jurisdictions). */
  onConfirmed: () => void;
}

/** Confirms one article or rule against the law in force, with an optional note. */
export function ConfirmForm({ country, item, onConfirmed }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const action = useAction();
  const suffix = itemSuffix(country, item);
  const noteId = `jurisdiction-confirm-note-${suffix}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => confirmJurisdictionItem(country, item, note.trim()), onConfirmed);
  };
  return (
    <form className="stack-gap jurisdiction-confirm" onSubmit={submit} noValidate>
      <div className="inline-row">
        <div className="field">
          <label htmlFor={noteId}>{t('admin.jurisdictions.confirm_note')}</label>
          <input id={noteId} value={note} maxLength={2000} autoComplete="off" placeholder={t('admin.jurisdictions.confirm_note_placeholder')} data-testid={noteId} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={action.busy} data-testid={`jurisdiction-confirm-${suffix}`}>
          {t('admin.jurisdictions.confirm')}
        </button>
      </div>
      <ProblemAlert error={action.error} />
    </form>
  );
}
