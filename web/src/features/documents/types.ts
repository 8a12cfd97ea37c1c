// Shapes of the case documents API (PUT/GET /cases/{id}/documents…).

/** Whether the server could take the text out of the file for search and reading. */
export type TextStatus = 'extracted' | 'none' | 'failed' | 'too_large';

export interface UserRef {
  id: string;
  username: string;
  display_name: string;
}

/** One uploaded file. Named CaseDocument so it does not shadow the DOM's Document. */
export interface CaseDocument {
  id: string;
  case_id: string;
  /** The file name as uploaded. */
  name: string;
  title: string;
  /** SHA-256 of the bytes, 64 hex characters. */
  sha256: string;
  /** Bytes. */
  size: number;
  /** Sniffed from the content by the server: what the file really is. */
  media_type: string;
  /** What the browser said when it was uploaded. */
  declared_type: string;
  /** The content does not match the extension of the name (a renamed file). */
  name_mismatch: boolean;
  text_status: TextStatus;
  text_chars: number;
  /** The exhibit or interview the document belongs to, '' for none. */
  exhibit_id: string;
  interview_id: string;
  uploaded_by: UserRef;
  uploaded_at: string;
}

export interface DocumentList {
  items: CaseDocument[];
}

export interface DocumentText {
  text: string;
  /** The server sent only the beginning. */
  truncated: boolean;
}

export interface UploadFields {
  title?: string;
  exhibit_id?: string;
  interview_id?: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** An upload under way: the answer, and the means to cancel it. */
export interface Upload {
  promise: Promise<CaseDocument>;
  abort: () => void;
}
