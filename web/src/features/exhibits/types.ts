// Shapes from docs/api.md "Exhibits and chain of custody". Option fields hold lookup ids.

export type ExhibitState = 'in_custody' | 'in_transfer' | 'returned' | 'destroyed';

export interface ExhibitFlag {
  /** The custody event the flag is about. */
  seq: number;
  /** altered, out_of_order, not_seized_first, transfer_not_received, receipt_without_transfer, after_disposal */
  code: string;
  /** The server's English explanation; the screen shows the translated code. */
  message: string;
}

export interface CustodyEvent {
  seq: number;
  /** One of lookups `custody_events`. */
  kind: string;
  /** When it happened, as reported. */
  at: string;
  /** When it was recorded (the server's clock), and by whom. */
  recorded_at: string;
  recorded_by: string;
  holder: string;
  location: string;
  seal_numbers: string[];
  note: string;
  /** SHA-256 (hex) of the event's content and of the event before it. */
  hash: string;
}

export interface Exhibit {
  id: string;
  case_id: string;
  /** "EX-0001", numbered per case. */
  number: string;
  evidence_type: string;
  description: string;
  seized_at: string;
  seized_place: string;
  seized_by: string;
  authority: string;
  warrant_number: string;
  packaging: string;
  seal_numbers: string[];
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  state: ExhibitState;
  holder: string;
  /** False when an event was altered, removed or re-ordered. */
  chain_ok: boolean;
  flags: ExhibitFlag[];
  /** Only on GET of one exhibit (and the answers of PATCH and custody POST). */
  custody?: CustodyEvent[];
}

export interface ExhibitList {
  items: Exhibit[];
  total: number;
}

export interface ExhibitCreateBody {
  evidence_type: string;
  description: string;
  /** RFC 3339, never in the future. */
  seized_at: string;
  seized_place: string;
  seized_by: string;
  authority: string;
  warrant_number?: string;
  packaging?: string;
  seal_numbers?: string[];
}

export type ExhibitPatchBody = Partial<ExhibitCreateBody> & { version: number };

export interface CustodyBody {
  kind: string;
  at?: string;
  holder?: string;
  location?: string;
  seal_numbers?: string[];
  note?: string;
}
