// Shapes of GET /search.

export type ResultKind = 'case' | 'entity' | 'statement' | 'document' | 'exhibit' | 'event' | 'interview';

/** A piece of a snippet; `hit` marks the words that matched the query. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: ResultKind;
  /** The record the hit is in; for a statement, its interview. */
  record_id: string;
  case_id: string;
  case_reference: string;
  case_title: string;
  title: string;
  snippet: SnippetSegment[];
}

export interface SearchAnswer {
  query: string;
  /** Counts only what the caller may see. */
  total: number;
  items: SearchHit[];
}

export interface SearchQuery {
  q: string;
  case_id?: string;
  limit?: number;
  offset?: number;
}
