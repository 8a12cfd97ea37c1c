import { api, ApiError, buildUrl, getCsrfToken, toProblem } from '../../shared/api';
import type { CaseDocument, DocumentList, DocumentText, Upload, UploadFields, UploadProgress } from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/documents`;
const one = (caseId: string, id: string) => `${base(caseId)}/${enc(id)}`;

export const listDocuments = (caseId: string) => api.get<DocumentList>(base(caseId));
export const getDocument = (caseId: string, id: string) => api.get<CaseDocument>(one(caseId, id));
export const getDocumentText = (caseId: string, id: string) => api.get<DocumentText>(`${one(caseId, id)}/text`);

/** The bytes: a download (Content-Disposition: attachment), or `inline` for an iframe, img or video. */
export const contentUrl = (caseId: string, id: string, inline = false) => buildUrl(`${one(caseId, id)}/content`, { inline });

/** The code of the ApiError an upload cancelled with abort() rejects with (ours, not the server's). */
export const ABORTED = 'aborted';

/** Where a file is PUT: its name, and the optional title, exhibit and interview it belongs to. */
export const uploadUrl = (caseId: string, name: string, fields: UploadFields) =>
  buildUrl(base(caseId), { name, title: fields.title?.trim(), exhibit_id: fields.exhibit_id, interview_id: fields.interview_id });

function parseBody(xhr: XMLHttpRequest): unknown {
  const type = xhr.getResponseHeader('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return JSON.parse(xhr.responseText);
  } catch {
    return undefined;
  }
}

/**
 * PUT of the raw bytes (not multipart). XMLHttpRequest rather than fetch: fetch cannot report
 * upload progress. Errors become ApiError as in shared/api; a cancel rejects with code `aborted`.
 */
export function uploadDocument(caseId: string, file: File, fields: UploadFields, onProgress?: (p: UploadProgress) => void): Upload {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<CaseDocument>((resolve, reject) => {
    xhr.open('PUT', uploadUrl(caseId, file.name, fields));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      const body = parseBody(xhr);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as CaseDocument);
      else reject(new ApiError(toProblem(xhr.status, body)));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network' }));
    xhr.onabort = () => reject(new ApiError({ status: 0, code: ABORTED }));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}
