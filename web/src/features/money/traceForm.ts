// The trace form's values and the body they make.
import { localToEpoch } from '../../shared/datetime';
import type { Direction, Rule, TraceBody } from './types';

export interface TraceValues {
  account: string;
  direction: Direction;
  rule: Rule;
  hops: string;
  from: string;
  to: string;
  min_amount: string;
  currency: string;
}

export const EMPTY_TRACE: TraceValues = { account: '', direction: 'forward', rule: 'fifo', hops: '3', from: '', to: '', min_amount: '', currency: '' };

export const MAX_HOPS = 10;

/** A field the form refuses before asking the server, as the server would name it. */
export interface TraceProblem {
  field: keyof TraceBody;
  code: 'required' | 'invalid_value' | 'invalid_date' | 'invalid_number';
}

/** An IBAN with spaces (`KZ86 125K ZT50 …`) is sent without them; `a:` keys stay as they are. */
export const normaliseAccount = (s: string): string => s.trim().replace(/\s+/g, '').toUpperCase().replace(/^A:/, 'a:');

export function traceBody(v: TraceValues): { body?: TraceBody; problem?: TraceProblem } {
  const account = normaliseAccount(v.account);
  if (!account) return { problem: { field: 'account', code: 'required' } };
  const hops = Number(v.hops);
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) return { problem: { field: 'hops', code: 'invalid_value' } };
  const body: TraceBody = { account, direction: v.direction, rule: v.rule, hops };
  if (v.from.trim()) {
    const from = localToEpoch(v.from);
    if (from === undefined) return { problem: { field: 'from', code: 'invalid_date' } };
    body.from = from;
  }
  if (v.to.trim()) {
    // A day given as the end means up to the end of that day.
    const to = localToEpoch(v.to);
    if (to === undefined) return { problem: { field: 'to', code: 'invalid_date' } };
    body.to = v.to.trim().length === 10 ? to + 86_399 : to;
  }
  if (body.from !== undefined && body.to !== undefined && body.from > body.to) return { problem: { field: 'to', code: 'invalid_value' } };
  if (v.min_amount.trim()) {
    const min = Number(v.min_amount.trim().replace(',', '.'));
    if (!Number.isFinite(min) || min < 0) return { problem: { field: 'min_amount', code: 'invalid_number' } };
    body.min_amount = min;
  }
  const currency = v.currency.trim().toUpperCase();
  if (currency) {
    if (!/^[A-Z]{3}$/.test(currency)) return { problem: { field: 'currency', code: 'invalid_value' } };
    body.currency = currency;
  }
  return { body };
}
