import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { uploadDocument } from '../documents';
import { ApiError, newIdempotencyKey } from '../../shared/api';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { createImport } from './api';
import { readFileHeader } from './csvHeader';
import { ImportResult } from './ImportResult';
import { MappingColumns } from './MappingColumns';
import { COLUMN_KEYS, emptyMapping, guessColumns, importBody, KIND_KEYS, KINDS, missingColumns, ON_ERROR_KEYS, ON_ERRORS } from './mappingForm';
import type { MappingValues } from './mappingForm';
import { SavedMappingSelect } from './SavedMappingSelect';
import type { ColumnName, ImportJob, ImportKind, OnError } from './types';

type Source = 'saved' | 'columns';

const isCsv = (f: File) => /\.(csv|txt|tsv)$/i.test(f.name) || f.type === 'text/csv' || f.type === 'text/plain';

/**
 * Container: a calls or transactions file into the case. The file is uploaded as a case document,
 * then imported with a saved mapping or the column form (its selects offer the CSV's header names,
 * read in the browser). Bad rows are skipped or refuse the whole file.
 */
export function ImportForm({ caseId, onImported }: { caseId: string; onImported: (job: ImportJob) => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [kind, setKind] = useState<ImportKind>('calls');
  const [source, setSource] = useState<Source>('columns');
  const [saved, setSaved] = useState('');
  const [values, setValues] = useState<MappingValues>(emptyMapping('calls'));
  const [onError, setOnError] = useState<OnError>('skip');
  const [saveMapping, setSaveMapping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  // The document made from this file, so a second try does not upload it again.
  const uploaded = useRef<{ file: File; id: string } | null>(null);
  const errorFor = useFieldError(error);

  const chooseFile = (f: File | null) => {
    setFile(f);
    setJob(null);
    setError(null);
    setHeaders([]);
    if (!f || !isCsv(f)) return;
    void readFileHeader(f).then(
      (h) => {
        setHeaders(h.names);
        setValues((v) => ({ ...v, encoding: h.encoding, delimiter: h.names.length > 1 ? h.delimiter : v.delimiter, columns: { ...guessColumns(v.kind, h.names), ...stripEmpty(v.columns) } }));
      },
      () => setHeaders([]),
    );
  };
  const chooseKind = (k: ImportKind) => {
    setKind(k);
    setSaved('');
    setValues((v) => ({ ...emptyMapping(k), name: v.name, encoding: v.encoding, delimiter: v.delimiter, columns: guessColumns(k, headers) }));
  };

  const refuse = (code: string, field: string) => setError(new ApiError({ status: 422, code, field }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setJob(null);
    if (!file) return refuse('required', 'file');
    if (source === 'saved' && !saved) return refuse('required', 'mapping_name');
    if (source === 'columns') {
      const missing = missingColumns(values);
      if (missing.length > 0) return refuse('required', `mapping.columns.${missing[0]}`);
      if (saveMapping && !values.name.trim()) return refuse('required', 'mapping.name');
    }
    setError(null);
    setBusy(true);
    const key = newIdempotencyKey();
    const documentId = async () => {
      if (uploaded.current?.file === file) return uploaded.current.id;
      const d = await uploadDocument(caseId, file, {}).promise;
      uploaded.current = { file, id: d.id };
      return d.id;
    };
    documentId()
      .then((id) => createImport(caseId, importBody({ documentId: id, kind, source: source === 'saved' ? { saved } : { values: { ...values, kind, name: values.name.trim() || fileStem(file.name) } }, onError, saveMapping }), key))
      .then(
        (j) => {
          setJob(j);
          onImported(j);
        },
        (err: unknown) => setError(err),
      )
      .finally(() => setBusy(false));
  };

  const fieldLabel = (f: string) => {
    if (f.startsWith('mapping.columns.')) {
      const c = f.slice('mapping.columns.'.length) as ColumnName;
      return COLUMN_KEYS[c] ? t(COLUMN_KEYS[c]) : f;
    }
    if (f === 'file' || f === 'document_id') return t('imports.fields.file');
    if (f === 'mapping_name') return t('imports.saved_mapping');
    if (f === 'mapping.name') return t('imports.fields.name');
    return undefined;
  };

  return (
    <form className="card stack-gap" onSubmit={submit} data-testid="import-form">
      <h2>{t('imports.new')}</h2>
      <div className="form-grid import-grid">
        <div className="field">
          <label htmlFor="import-file">{t('imports.fields.file')}</label>
          <input id="import-file" type="file" accept=".csv,.txt,.tsv,.xlsx,text/csv" onChange={(e) => chooseFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
          {errorFor('file') && <span className="field-error">{errorFor('file')}</span>}
          {headers.length > 0 && <span className="help" data-testid="import-headers">{t('imports.headers_found', { count: headers.length })}</span>}
        </div>
        <label className="field">
          <span>{t('imports.fields.kind')}</span>
          <select value={kind} onChange={(e) => chooseKind(e.target.value === 'transactions' ? 'transactions' : 'calls')} data-testid="import-kind">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="field">
        <legend>{t('imports.mapping')}</legend>
        <label className="check">
          <input type="radio" name="import-source" checked={source === 'saved'} onChange={() => setSource('saved')} data-testid="import-source-saved" />
          {t('imports.source_saved')}
        </label>
        <label className="check">
          <input type="radio" name="import-source" checked={source === 'columns'} onChange={() => setSource('columns')} data-testid="import-source-columns" />
          {t('imports.source_columns')}
        </label>
      </fieldset>
      {source === 'saved' ? (
        <SavedMappingSelect kind={kind} value={saved} onChange={setSaved} />
      ) : (
        <>
          <MappingColumns values={{ ...values, kind }} headers={headers} error={error} onChange={setValues} />
          <label className="check">
            <input type="checkbox" checked={saveMapping} onChange={(e) => setSaveMapping(e.target.checked)} data-testid="import-save-mapping" />
            {t('imports.save_mapping')}
          </label>
          {saveMapping && (
            <label className="field">
              <span>{t('imports.fields.name')}</span>
              <input value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} maxLength={100} data-testid="import-mapping-save-name" />
            </label>
          )}
        </>
      )}
      <label className="field">
        <span>{t('imports.fields.on_error')}</span>
        <select value={onError} onChange={(e) => setOnError(e.target.value === 'refuse' ? 'refuse' : 'skip')} data-testid="import-on-error">
          {ON_ERRORS.map((o) => (
            <option key={o} value={o}>
              {t(ON_ERROR_KEYS[o])}
            </option>
          ))}
        </select>
      </label>
      <ProblemAlert error={error} fieldLabel={fieldLabel} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="import-run">
          {busy ? t('imports.running') : t('imports.run')}
        </button>
      </div>
      {job && <ImportResult job={job} />}
    </form>
  );
}

/** `beeline-may.csv` → `beeline-may`: the mapping's name when none is given (the server wants one). */
export const fileStem = (name: string): string => name.replace(/\.[^.]+$/, '') || name;

function stripEmpty(columns: MappingValues['columns']): MappingValues['columns'] {
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v && v.trim()));
}
