// Paths, sizes and small readings of a case document.
import type { Lang, Vars } from '../../shared/translate';
import type { CaseDocument, UploadFields, UploadProgress } from './types';

export const documentsPath = (caseId: string) => `/cases/${caseId}/documents`;
export const documentPath = (caseId: string, id: string) => `/cases/${caseId}/documents/${id}`;

/** How the viewer shows the content, chosen by the media type the server sniffed. */
export type PreviewKind = 'pdf' | 'image' | 'video' | 'audio' | 'text' | 'none';

export function previewKind(mediaType: string): PreviewKind {
  const type = mediaType.toLowerCase().split(';')[0].trim();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('text/')) return 'text';
  return 'none';
}

/** A text file is shown as its extracted text; the text is there only when extraction worked. */
export const showsTextPreview = (d: CaseDocument) => previewKind(d.media_type) === 'text' && d.text_status === 'extracted';

/** Translation keys of the size units, smallest first (binary steps of 1024, as file managers count). */
export const UNIT_KEYS = ['documents.units.b', 'documents.units.kb', 'documents.units.mb', 'documents.units.gb', 'documents.units.tb'];

export const locale = (lang: Lang) => (lang === 'ru' ? 'ru-RU' : 'en-GB');

/** "1.4 MB" / "1,4 МБ": one decimal below 10, none above, bytes always whole. */
export function formatSize(bytes: number, lang: Lang, t: (key: string, vars?: Vars) => string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNIT_KEYS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const n = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
  return t(UNIT_KEYS[unit], { n });
}

export const formatNumber = (n: number, lang: Lang) => new Intl.NumberFormat(locale(lang)).format(n);

/** Whole per cent sent so far; 0 before the first progress event. */
export function percent(p: UploadProgress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(100, Math.floor((p.loaded / p.total) * 100));
}

export const TEXT_STATUS_KEYS: Record<string, string> = {
  extracted: 'documents.text_status.extracted',
  none: 'documents.text_status.none',
  failed: 'documents.text_status.failed',
  too_large: 'documents.text_status.too_large',
};

export const uploaderName = (d: CaseDocument) => d.uploaded_by.display_name || d.uploaded_by.username;

/** The record an upload or an attachments panel belongs to: an exhibit, an interview, or neither. */
export interface Owner {
  exhibitId?: string;
  interviewId?: string;
}

/** The fields of an upload: the title, and the record the file is attached to when there is one. */
export const uploadFields = (title: string, { exhibitId, interviewId }: Owner): UploadFields => ({
  title,
  ...(exhibitId ? { exhibit_id: exhibitId } : {}),
  ...(interviewId ? { interview_id: interviewId } : {}),
});

/** The case's documents attached to the given exhibit or interview; none when no record is given. */
export function attachmentsOf(docs: CaseDocument[], { exhibitId, interviewId }: Owner): CaseDocument[] {
  if (!exhibitId && !interviewId) return [];
  return docs.filter((d) => (!exhibitId || d.exhibit_id === exhibitId) && (!interviewId || d.interview_id === interviewId));
}
