// Shapes of POST /api/v1/money/trace.

export type Direction = 'forward' | 'back';
export type Rule = 'fifo' | 'proportional';

export interface TraceBody {
  account: string;
  direction: Direction;
  rule: Rule;
  hops: number;
  from?: number;
  to?: number;
  min_amount?: number;
  currency?: string;
}

export interface Flow {
  txn: string;
  from: string;
  to: string;
  hop: number;
  at: string | number;
  /** The part of the transaction that carries traced money. */
  amount: number;
  /** The whole transaction. */
  of_amount: number;
  case_id?: string;
}

export interface Counterpart {
  account: string;
  min_hop: number;
  amount: number;
  flows: number;
}

export interface SankeyNodeIn {
  id: string;
  account: string;
}

export interface SankeyLinkIn {
  source: number;
  target: number;
  value: number;
}

export interface SankeyIn {
  nodes: SankeyNodeIn[];
  links: SankeyLinkIn[];
}

export interface TraceAnswer {
  account: string;
  direction: Direction;
  rule: Rule;
  hops: number;
  currency: string;
  traced_start: number | string;
  truncated: boolean;
  flows: Flow[];
  counterparts: Counterpart[];
  sankey: SankeyIn;
}
