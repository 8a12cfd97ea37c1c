import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../../forms';
import type { FieldDef } from '../../forms';
import { ApiError } from '../../shared/api';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { ABORTED, uploadDocument } from './api';
import { documentPath, percent, uploadFields } from './display';
import { UploadProgressBar } from './UploadProgressBar';
import type { CaseDocument, Upload, UploadProgress } from './types';

const TITLE: FieldDef = { name: 'title', type: 'text', labelKey: 'documents.fields.title', testId: 'document-upload-title' };

interface Props {
  caseId: string;
  onUploaded: (d: CaseDocument) => void;
  /** Attach the file to this exhibit of the case. */
  exhibitId?: string;
  /** Attach the file to this interview of the case. */
  interviewId?: string;
  /** The file picker's hint, e.g. `image/*`; the user can still choose any file. */
  accept?: string;
  /** The form's heading, instead of "Upload a document". */
  headingKey?: string;
}

/**
 * Container: uploads one file to the case (the raw bytes, with progress and cancel), attached to
 * an exhibit or an interview when given. The server computes the hash and sniffs the type;
 * leaving the page cancels an upload still under way.
 */
export function UploadForm({ caseId, onUploaded, exhibitId, interviewId, accept, headingKey = 'documents.upload.title' }: Props) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  // A new key empties the file input, which React cannot set.
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ cancelled: true } | { done: CaseDocument } | null>(null);
  const upload = useRef<Upload | null>(null);
  const errorFor = useFieldError(error);
  useEffect(() => () => upload.current?.abort(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (!file) {
      setError(new ApiError({ status: 0, code: 'required', field: 'file' }));
      return;
    }
    setError(null);
    setBusy(true);
    setProgress({ loaded: 0, total: file.size });
    // Only a new whole per cent re-renders: progress events come many times a second.
    const u = uploadDocument(caseId, file, uploadFields(title, { exhibitId, interviewId }), (p) => setProgress((prev) => (percent(prev) === percent(p) ? prev : p)));
    upload.current = u;
    u.promise
      .then(
        (d) => {
          setFile(null);
          setTitle('');
          setInputKey((k) => k + 1);
          setNotice({ done: d });
          onUploaded(d);
        },
        (err: unknown) => {
          if (err instanceof ApiError && err.code === ABORTED) setNotice({ cancelled: true });
          else setError(err);
        },
      )
      .finally(() => {
        upload.current = null;
        setBusy(false);
        setProgress(null);
      });
  };

  const fileError = errorFor('file') ?? errorFor('name');
  // A 422 names exhibit_id / interview_id when the record is not of this case.
  const ownerLabel = (field: string) =>
    field === 'exhibit_id' ? t('documents.fields.exhibit') : field === 'interview_id' ? t('documents.fields.interview') : undefined;
  return (
    <form className="card stack-gap" onSubmit={submit} noValidate data-testid="document-upload">
      <h3>{t(headingKey)}</h3>
      <div className="form-grid">
        <div className={`field${fileError ? ' invalid' : ''}`} data-field="file">
          <label htmlFor="document-file">
            {t('documents.fields.file')}
            <span className="required" aria-hidden="true"> *</span>
          </label>
          <input
            key={inputKey}
            id="document-file"
            type="file"
            accept={accept}
            disabled={busy}
            aria-invalid={fileError ? true : undefined}
            aria-describedby="document-file-help"
            data-testid="document-upload-file"
            onChange={(ev) => setFile(ev.target.files?.[0] ?? null)}
          />
          <small id="document-file-help" className="help">
            {t('documents.upload.help')}
          </small>
          {fileError && <small className="field-error">{fileError}</small>}
        </div>
        <Field def={TITLE} value={title} onChange={(_, v) => setTitle(String(v))} idPrefix="document" errorText={errorFor('title')} />
      </div>
      {busy && file && <UploadProgressBar name={file.name} progress={progress} onCancel={() => upload.current?.abort()} />}
      <ProblemAlert error={error} fieldPrefix="documents.fields" fieldLabel={ownerLabel} />
      {notice && 'cancelled' in notice && (
        <p className="alert alert-info" role="status" data-testid="document-upload-cancelled">
          {t('documents.upload.cancelled')}
        </p>
      )}
      {notice && 'done' in notice && (
        <p className="alert alert-ok" role="status" data-testid="document-upload-done">
          {t('documents.upload.done')} <Link to={documentPath(notice.done.case_id, notice.done.id)}>{notice.done.name}</Link>
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="document-upload-submit">
          {t('documents.upload.submit')}
        </button>
      </div>
    </form>
  );
}
