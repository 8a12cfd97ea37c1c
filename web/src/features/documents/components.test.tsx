import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../shared/api';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { translate } from '../../shared/translate';
import { I18nProvider } from '../../shared/useI18n';
import { ABORTED, uploadDocument, uploadUrl } from './api';
import { AttachmentsPanel } from './AttachmentsPanel';
import { AttachmentsView } from './AttachmentsView';
import { attachmentsOf, formatSize, percent, previewKind, uploadFields } from './display';
import { DocumentsTab } from './DocumentsTab';
import { DocumentTable } from './DocumentTable';
import { DocumentViewer } from './DocumentViewer';
import { UploadForm } from './UploadForm';
import { UploadProgressBar } from './UploadProgressBar';
import type { CaseDocument, UploadProgress } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = ['case.read', 'case.update']) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>{node}</SessionProvider>
    </I18nProvider>,
  );

const sha = 'a3f1'.repeat(16);
const doc = (extra: Partial<CaseDocument> = {}): CaseDocument => ({
  id: 'd1', case_id: 'c1', name: 'contract.pdf', title: 'Employment contract', sha256: sha, size: 1468006,
  media_type: 'application/pdf', declared_type: 'application/pdf', name_mismatch: false, text_status: 'extracted', text_chars: 12345,
  exhibit_id: '', interview_id: '', uploaded_by: { id: 'u1', username: 'aigul', display_name: 'Aigul' },
  uploaded_at: '2026-05-17T10:00:00.000Z', ...extra,
});
const renamed = doc({ id: 'd2', name: 'invoice.pdf', title: '', media_type: 'image/jpeg', declared_type: 'application/pdf', name_mismatch: true, text_status: 'none', text_chars: 0 });

const tagOf = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '';
const tagWith = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? '';

describe('document sizes', () => {
  it('read as people read them, in the current language', () => {
    const t = (lang: 'en' | 'ru') => (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
    expect(formatSize(1468006, 'en', t('en'))).toBe('1.4 MB');
    expect(formatSize(1468006, 'ru', t('ru'))).toBe('1,4 МБ');
    expect(formatSize(512, 'en', t('en'))).toBe('512 B');
    expect(formatSize(15 * 1024, 'en', t('en'))).toBe('15 KB');
    expect(formatSize(2 * 1024 ** 3, 'ru', t('ru'))).toBe('2 ГБ');
    expect(percent({ loaded: 1, total: 3 })).toBe(33);
    expect(percent(null)).toBe(0);
  });
});

describe('document table', () => {
  it('links each name to its viewer and badges the file whose content does not match its name', () => {
    const html = wrap(<DocumentTable rows={[doc(), renamed]} />);
    expect(html.match(/data-testid="document-row"/g)).toHaveLength(2);
    expect(html.match(/data-testid="document-mismatch"/g)).toHaveLength(1);
    expect(html).toContain('Content does not match name');
    expect(html).toContain('href="/cases/c1/documents/d1"');
    expect(html).toContain('href="/cases/c1/documents/d2"');
    expect(html).toContain('1.4 MB');
    expect(html).toContain('Aigul');
    expect(html).toContain('data-label="Uploaded by"');
    // The badge sits in the row of the renamed file.
    const rows = html.split('data-testid="document-row"');
    expect(rows[1]).not.toContain('document-mismatch');
    expect(rows[2]).toContain('document-mismatch');
  });

  it('speaks Russian, sizes included', () => {
    const html = wrap(<DocumentTable rows={[doc(), renamed]} />, 'ru');
    expect(html).toContain('1,4 МБ');
    expect(html).toContain('Содержимое не совпадает с именем');
    expect(html).toContain('data-label="Кто загрузил"');
    expect(wrap(<DocumentTable rows={[]} />, 'ru')).toContain('Документы не загружены.');
  });
});

describe('document viewer', () => {
  it('shows a PDF in an iframe with a title, with the full hash, the download and the extracted text section', () => {
    const html = wrap(<DocumentViewer d={doc()} />);
    expect(html).toContain('data-testid="document-viewer"');
    const iframe = tagOf(html, 'iframe');
    expect(iframe).toContain('src="/api/v1/cases/c1/documents/d1/content?inline=1"');
    expect(iframe).toContain('title="PDF document: Employment contract"');
    expect(tagWith(html, 'document-download')).toContain('href="/api/v1/cases/c1/documents/d1/content"');
    expect(html).toMatch(new RegExp(`data-testid="document-sha256">${sha}</code>`));
    expect(html).toContain('1.4 MB (1,468,006 bytes)');
    expect(html).toContain('Aigul, ');
    expect(html).toContain('data-testid="document-text-section"');
    expect(html).toContain('12,345 characters');
    expect(html).not.toContain('data-testid="document-mismatch"');
    for (const tag of ['img', 'video', 'audio', 'pre']) expect(tagOf(html, tag)).toBe('');
  });

  it('chooses img, video, audio or the text in a <pre> by the sniffed media type', () => {
    const img = wrap(<DocumentViewer d={renamed} />);
    expect(tagOf(img, 'img')).toContain('src="/api/v1/cases/c1/documents/d2/content?inline=1"');
    expect(tagOf(img, 'iframe')).toBe('');
    const video = wrap(<DocumentViewer d={doc({ media_type: 'video/mp4', text_status: 'none' })} />);
    expect(tagOf(video, 'video')).toMatch(/src="[^"]+content\?inline=1"[^>]*controls=""/);
    const audio = wrap(<DocumentViewer d={doc({ media_type: 'audio/mpeg', text_status: 'none' })} />);
    expect(tagOf(audio, 'audio')).toContain('controls=""');
    const text = wrap(<DocumentViewer d={doc({ name: 'note.txt', media_type: 'text/plain; charset=utf-8' })} text={{ text: 'Met <b>him</b> at the station', truncated: true }} />);
    expect(text).toContain('<pre class="document-text" data-testid="document-text">Met &lt;b&gt;him&lt;/b&gt; at the station</pre>');
    expect(text).toContain('data-testid="document-text-truncated"');
    // The text is the preview: no second, collapsible copy of it.
    expect(text).not.toContain('document-text-section');
    const zip = wrap(<DocumentViewer d={doc({ media_type: 'application/zip', text_status: 'none' })} />);
    expect(zip).toContain('cannot be shown in the browser');
    expect(zip).toContain('data-testid="document-download"');
    expect(zip).not.toContain('document-text-section');
    expect(['application/pdf', 'image/png', 'video/webm', 'audio/ogg', 'text/csv', 'application/x-msdownload'].map(previewKind))
      .toEqual(['pdf', 'image', 'video', 'audio', 'text', 'none']);
  });

  it('warns first when the content does not match the name, in either language', () => {
    const html = wrap(<DocumentViewer d={renamed} />);
    expect(html).toContain('data-testid="document-mismatch"');
    expect(html).toContain('The file “invoice.pdf” actually contains image/jpeg');
    expect(html).toContain('(the browser said application/pdf)');
    expect(html.indexOf('document-mismatch')).toBeLessThan(html.indexOf('document-details'));
    const ru = wrap(<DocumentViewer d={renamed} />, 'ru');
    expect(ru).toContain('Содержимое не соответствует имени файла');
    expect(ru).toContain('Файл «invoice.pdf» на самом деле содержит image/jpeg');
    expect(ru).toContain('Текста для извлечения нет');
    expect(wrap(<DocumentViewer d={doc()} />, 'ru')).toMatch(/1,4 МБ \(1\s468\s006 байт\)/);
  });
});

describe('documents tab', () => {
  it('offers the upload form only to users who may change the case', () => {
    const editor = wrap(<DocumentsTab caseId="c1" />);
    expect(editor).toContain('data-testid="documents-tab"');
    for (const id of ['document-upload-file', 'document-upload-title', 'document-upload-submit']) expect(editor).toContain(`data-testid="${id}"`);
    expect(tagWith(editor, 'document-upload-file')).toContain('type="file"');
    expect(editor).not.toContain('document-upload-progress');
    const reader = wrap(<DocumentsTab caseId="c1" />, 'en', ['case.read']);
    expect(reader).toContain('data-testid="documents-tab"');
    expect(reader).not.toContain('document-upload');
    expect(wrap(<UploadForm caseId="c1" onUploaded={() => undefined} />, 'ru')).toContain('Загрузить документ');
  });
});

type ProgressEventLike = { loaded: number; total: number; lengthComputable: boolean };

/** Just enough of XMLHttpRequest for uploadDocument. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  contentType = '';
  aborted = false;
  upload: { onprogress: ((e: ProgressEventLike) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name.toLowerCase() === 'content-type' ? this.contentType : null;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown, contentType = status < 300 ? 'application/json' : 'application/problem+json') {
    this.status = status;
    this.contentType = contentType;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('document upload', () => {
  it('PUTs the raw bytes with the CSRF token and shows the progress it reports', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setCsrfToken('tok-9');
    const file = new File(['%PDF-1.7 …'], 'Договор №5.pdf', { type: 'application/pdf' });
    const seen: UploadProgress[] = [];
    const upload = uploadDocument('c1', file, { title: ' Contract ' }, (p) => seen.push(p));
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe(`/api/v1/cases/c1/documents?name=${encodeURIComponent('Договор №5.pdf').replace(/%20/g, '+')}&title=Contract`);
    expect(xhr.headers['X-CSRF-Token']).toBe('tok-9');
    expect(xhr.headers['Content-Type']).toBe('application/pdf');
    expect(xhr.body).toBe(file);

    xhr.progress(420, 1000);
    expect(seen).toEqual([{ loaded: 420, total: 1000 }]);
    const bar = wrap(<UploadProgressBar name={file.name} progress={seen[0]} onCancel={() => undefined} />);
    expect(bar).toContain('data-testid="document-upload-progress"');
    expect(tagOf(bar, 'progress')).toContain('value="42"');
    expect(bar).toContain('>42%</strong>');
    expect(bar).toContain('420 B of 1,000 B');
    expect(bar).toContain('data-testid="document-upload-cancel"');
    expect(wrap(<UploadProgressBar name={file.name} progress={seen[0]} onCancel={() => undefined} />, 'ru')).toMatch(/>42\s%<\/strong>/);

    xhr.respond(201, doc({ name: file.name }));
    await expect(upload.promise).resolves.toMatchObject({ id: 'd1', name: 'Договор №5.pdf' });
  });

  it('sends an untyped file as octet-stream and turns a refusal into an ApiError', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const upload = uploadDocument('c1', new File(['x'], 'dump.bin'), {});
    expect(FakeXhr.last.headers['Content-Type']).toBe('application/octet-stream');
    expect(FakeXhr.last.headers['X-CSRF-Token']).toBeUndefined();
    FakeXhr.last.respond(413, { status: 413, code: 'upload_too_large', title: 'Too large' });
    const err = await upload.promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem).toMatchObject({ status: 413, code: 'upload_too_large' });
    expect(translate('ru', 'errors.upload_too_large')).toContain('Файл больше');
  });

  it('cancels with abort(), and reports a dropped connection as a network problem', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const upload = uploadDocument('c1', new File(['x'], 'a.txt', { type: 'text/plain' }), {});
    upload.abort();
    expect(FakeXhr.last.aborted).toBe(true);
    await expect(upload.promise).rejects.toMatchObject({ problem: { code: ABORTED } });
    const dropped = uploadDocument('c1', new File(['x'], 'a.txt'), {});
    FakeXhr.last.onerror?.();
    await expect(dropped.promise).rejects.toMatchObject({ problem: { code: 'network', status: 0 } });
  });
});

describe('attachments panel', () => {
  const photo = doc({ id: 'p1', name: 'IMG_0042.jpg', title: '', media_type: 'image/jpeg', declared_type: 'image/jpeg', text_status: 'none', exhibit_id: 'x1' });
  const photo2 = doc({ id: 'p2', name: 'seal.png', media_type: 'image/png', exhibit_id: 'x1', name_mismatch: true });
  const clip = doc({ id: 'v1', name: 'search.mp4', media_type: 'video/mp4', exhibit_id: 'x1' });
  const other = doc({ id: 'p3', name: 'other.jpg', media_type: 'image/jpeg', exhibit_id: 'x2' });
  const loose = doc({ id: 'p4', name: 'loose.jpg', media_type: 'image/jpeg' });
  const talk = doc({ id: 'a1', name: 'interview.ogg', media_type: 'audio/ogg', interview_id: 'i1' });
  const all = [doc(), photo, photo2, clip, other, loose, talk];

  it('keeps only the documents of the exhibit or interview, and none when neither is given', () => {
    expect(attachmentsOf(all, { exhibitId: 'x1' }).map((d) => d.id)).toEqual(['p1', 'p2', 'v1']);
    expect(attachmentsOf(all, { interviewId: 'i1' }).map((d) => d.id)).toEqual(['a1']);
    expect(attachmentsOf(all, { exhibitId: 'x9' })).toEqual([]);
    expect(attachmentsOf(all, {})).toEqual([]);
  });

  it('shows an exhibit’s pictures as lazy thumbnails linking to the viewer, and a player for its video', () => {
    const html = wrap(<AttachmentsView caseId="c1" kind="photos" docs={attachmentsOf(all, { exhibitId: 'x1' })} />);
    expect(html).toContain('data-testid="attachments-panel"');
    expect(html).toContain('<h3>Photos</h3>');
    expect(html.match(/data-testid="attachment-item"/g)).toHaveLength(3);
    expect(html.match(/data-testid="attachment-thumb"/g)).toHaveLength(2);
    const thumb = tagWith(html, 'attachment-thumb');
    expect(thumb).toMatch(/^<img /);
    expect(thumb).toContain('src="/api/v1/cases/c1/documents/p1/content?inline=1"');
    expect(thumb).toContain('loading="lazy"');
    expect(thumb).toContain('alt="IMG_0042.jpg"');
    expect(html).toContain('<a href="/cases/c1/documents/p1" class="attachment-thumb-link"><img');
    expect(html).toContain('href="/cases/c1/documents/p2"');
    const player = tagWith(html, 'attachment-player');
    expect(player).toMatch(/^<video /);
    expect(player).toContain('src="/api/v1/cases/c1/documents/v1/content?inline=1"');
    expect(player).toContain('controls=""');
    expect(player).toContain('preload="metadata"');
    expect(html).toContain('href="/cases/c1/documents/v1"');
    expect(html.match(/data-testid="document-mismatch"/g)).toHaveLength(1);
    for (const id of ['p3', 'p4', 'd1', 'a1']) expect(html).not.toContain(`/documents/${id}`);
    expect(html).not.toContain('attachments-empty');
    expect(html).not.toContain('document-upload');
  });

  it('plays an interview’s audio and lists any other file with its size and type', () => {
    const pdf = doc({ id: 'd9', interview_id: 'i1', name_mismatch: true });
    const html = wrap(<AttachmentsView caseId="c1" kind="recordings" docs={[talk, pdf]} />, 'ru');
    expect(html).toContain('<h3>Записи</h3>');
    expect(tagWith(html, 'attachment-player')).toMatch(/^<audio [^>]*controls=""/);
    expect(html).toContain('href="/cases/c1/documents/d9"');
    expect(html).toContain('1,4 МБ');
    expect(html).toContain('<code>application/pdf</code>');
    expect(html).toContain('data-testid="document-mismatch"');
    expect(html).not.toContain('attachment-thumb');
  });

  it('says when there is nothing yet, in either language', () => {
    const photos = wrap(<AttachmentsView caseId="c1" kind="photos" docs={[]} />);
    expect(photos).toContain('data-testid="attachments-empty"');
    expect(photos).toContain('No photos yet.');
    expect(photos).not.toContain('attachment-item');
    expect(wrap(<AttachmentsView caseId="c1" kind="photos" docs={[]} />, 'ru')).toContain('Фотографий пока нет.');
    expect(wrap(<AttachmentsView caseId="c1" kind="recordings" docs={[]} />)).toContain('No recordings yet.');
    expect(wrap(<AttachmentsView caseId="c1" kind="recordings" docs={[]} />, 'ru')).toContain('Записей пока нет.');
    // Still loading: neither the empty text nor items.
    const loading = wrap(<AttachmentsView caseId="c1" kind="photos" docs={undefined} />);
    expect(loading).not.toContain('attachments-empty');
    expect(loading).toContain('Loading');
  });

  it('offers the upload form, hinting at the right files, only when the user may upload', () => {
    const photos = wrap(<AttachmentsPanel caseId="c1" exhibitId="x1" kind="photos" canUpload />);
    expect(photos).toContain('data-testid="attachments-panel"');
    for (const id of ['document-upload', 'document-upload-file', 'document-upload-title', 'document-upload-submit']) expect(photos).toContain(`data-testid="${id}"`);
    expect(tagWith(photos, 'document-upload-file')).toContain('accept="image/*"');
    expect(photos).toContain('Add a photo');
    const recordings = wrap(<AttachmentsPanel caseId="c1" interviewId="i1" kind="recordings" canUpload />, 'ru');
    expect(tagWith(recordings, 'document-upload-file')).toContain('accept="audio/*,video/*"');
    expect(recordings).toContain('Добавить запись');
    expect(wrap(<AttachmentsPanel caseId="c1" exhibitId="x1" kind="photos" canUpload={false} />)).not.toContain('document-upload');
    // The documents tab's form keeps its heading and takes any file.
    const plain = wrap(<UploadForm caseId="c1" onUploaded={() => undefined} />);
    expect(plain).toContain('Upload a document');
    expect(tagWith(plain, 'document-upload-file')).not.toContain('accept=');
  });

  it('sends the exhibit or interview the upload form was given with the file', () => {
    expect(uploadFields('Seal', { exhibitId: 'x1' })).toEqual({ title: 'Seal', exhibit_id: 'x1' });
    expect(uploadFields('', { interviewId: 'i1' })).toEqual({ title: '', interview_id: 'i1' });
    expect(uploadFields('Plain', {})).toEqual({ title: 'Plain' });
    expect(uploadUrl('c1', 'IMG 1.jpg', uploadFields(' Seal ', { exhibitId: 'x1' }))).toBe('/api/v1/cases/c1/documents?name=IMG+1.jpg&title=Seal&exhibit_id=x1');
    expect(uploadUrl('c1', 'talk.ogg', uploadFields('', { interviewId: 'i1' }))).toBe('/api/v1/cases/c1/documents?name=talk.ogg&interview_id=i1');
    expect(uploadUrl('c1', 'a.txt', uploadFields('', {}))).toBe('/api/v1/cases/c1/documents?name=a.txt');
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    uploadDocument('c1', new File(['x'], 'IMG_1.jpg', { type: 'image/jpeg' }), uploadFields('', { exhibitId: 'x1' }));
    expect(FakeXhr.last.url).toBe('/api/v1/cases/c1/documents?name=IMG_1.jpg&exhibit_id=x1');
    uploadDocument('c1', new File(['x'], 'talk.ogg', { type: 'audio/ogg' }), uploadFields('', { interviewId: 'i1' }));
    expect(FakeXhr.last.url).toBe('/api/v1/cases/c1/documents?name=talk.ogg&interview_id=i1');
  });
});
