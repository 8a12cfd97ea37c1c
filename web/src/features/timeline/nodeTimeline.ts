// The timeline of one node across cases (GET /graph/timeline): what the user typed as a node
// id, items grouped by day, and where each dated item sits on the time strip.
import type { Lang } from '../../shared/translate';
import type { NodeTimelineItem, NodeTimelineSource } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/i;

/** What the user typed → a node id: a bare uuid is a record, a number a phone, an IBAN an account. */
export function nodeKey(input: string): string {
  const s = input.trim();
  if (/^[a-z]:/.test(s)) return s;
  if (UUID.test(s)) return `e:${s.toLowerCase()}`;
  const digits = s.replace(/[\s().-]/g, '');
  if (/^\+?\d{6,15}$/.test(digits)) return `p:${digits}`;
  if (IBAN.test(s.replace(/\s/g, ''))) return `a:${s.replace(/\s/g, '').toUpperCase()}`;
  return s;
}

/** The page of a node's timeline. */
export const timelinePath = (node: string) => `/timeline?node=${encodeURIComponent(node)}`;

/** The other side of a call or a payment, as a node id; undefined for a case-file item. */
export function counterpartNode(item: NodeTimelineItem): string | undefined {
  const other = item.caption.trim();
  if (!other) return undefined;
  if (item.source === 'call_records') return other.startsWith('p:') ? other : `p:${other}`;
  if (item.source === 'statements') return other.startsWith('a:') ? other : `a:${other}`;
  return undefined;
}

/** A moment (`2025-03-14T10:00:00Z`), not a date as written (`2025-03`). */
export const isMoment = (s: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(s);

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The span a start or end covers, in epoch ms: a moment is a point, `2025-03` the whole month (UTC). */
export function periodOf(s: string): { from: number; to: number } | undefined {
  if (!s) return undefined;
  if (isMoment(s)) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? undefined : { from: ms, to: ms };
  }
  const m = PARTIAL.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (!m[2]) return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) };
  const mo = Number(m[2]) - 1;
  if (!m[3]) return { from: Date.UTC(y, mo, 1), to: Date.UTC(y, mo + 1, 1) };
  const d = Number(m[3]);
  return { from: Date.UTC(y, mo, d), to: Date.UTC(y, mo, d + 1) };
}

/** From the start of `start` to the end of `end` (or of `start`); undefined when undated. */
export function spanOf(item: Pick<NodeTimelineItem, 'start' | 'end'>): { from: number; to: number } | undefined {
  const start = periodOf(item.start);
  if (!start) return undefined;
  const end = periodOf(item.end);
  return { from: start.from, to: Math.max(start.to, end?.to ?? start.to) };
}

/** The day a moment falls on in the device's time zone; a date as written stays; '' when undated. */
export function dayKey(start: string): string {
  if (!start) return '';
  if (!isMoment(start)) return PARTIAL.test(start) ? start : '';
  const d = new Date(start);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface DayGroup {
  /** `2025-03-14`, a partial date (`2025-03`), or '' for the undated items. */
  key: string;
  items: NodeTimelineItem[];
}

/**
 * Items by day, oldest first, the undated last. A partial date is a group of its own, before the
 * days it covers; in a day, items dated without a time come first, then by time, ties as sent.
 */
export function groupByDay(items: NodeTimelineItem[]): DayGroup[] {
  const groups = new Map<string, { item: NodeTimelineItem; at: number; i: number }[]>();
  items.forEach((item, i) => {
    const key = dayKey(item.start);
    const list = groups.get(key) ?? [];
    list.push({ item, at: periodOf(item.start)?.from ?? 0, i });
    groups.set(key, list);
  });
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => ({
    key,
    items: groups
      .get(key)!
      .sort((a, b) => Number(isMoment(a.item.start)) - Number(isMoment(b.item.start)) || a.at - b.at || a.i - b.i)
      .map((x) => x.item),
  }));
}

export const SOURCES: readonly NodeTimelineSource[] = ['case_file', 'call_records', 'statements'];

export interface StripMark {
  item: NodeTimelineItem;
  x: number;
  /** 0 for a point in time (drawn as a dot). */
  width: number;
  /** The lane of its source, from the top. */
  lane: number;
}

export interface StripTick {
  x: number;
  label: string;
}

export interface StripLayout {
  marks: StripMark[];
  ticks: StripTick[];
  /** The sources that have lanes, top to bottom. */
  lanes: NodeTimelineSource[];
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** Boundaries (UTC) between `from` and `to`: years, months or days, at most about ten. */
export function stripTicks(from: number, to: number): { at: number; label: string }[] {
  const span = to - from;
  const out: { at: number; label: string }[] = [];
  const start = new Date(from);
  if (span > 3 * 365 * DAY) {
    const years = span / (365 * DAY);
    const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 10) ?? 100;
    let y = start.getUTCFullYear() + (Date.UTC(start.getUTCFullYear(), 0, 1) < from ? 1 : 0);
    y = Math.ceil(y / step) * step;
    for (; Date.UTC(y, 0, 1) <= to; y += step) out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  } else if (span > 90 * DAY) {
    const months = span / (30.44 * DAY);
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 10) ?? 12;
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + (Date.UTC(y, start.getUTCMonth(), 1) < from ? 1 : 0);
    m = Math.ceil(m / step) * step;
    for (; Date.UTC(y, m, 1) <= to; m += step) {
      const d = new Date(Date.UTC(y, m, 1));
      out.push({ at: d.getTime(), label: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` });
    }
  } else {
    const days = span / DAY;
    const step = [1, 2, 7, 14].find((s) => days / s <= 10) ?? 30;
    let at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    if (at < from) at += DAY;
    for (; at <= to; at += step * DAY) out.push({ at, label: new Date(at).toISOString().slice(0, 10) });
  }
  return out;
}

/** Where the dated items go on a strip `width` wide with `margin` on either side; null when none is dated. */
export function stripLayout(items: NodeTimelineItem[], width: number, margin = 0): StripLayout | null {
  const dated = items.map((item) => ({ item, span: spanOf(item) })).filter((x): x is { item: NodeTimelineItem; span: { from: number; to: number } } => !!x.span);
  if (dated.length === 0) return null;
  let from = Math.min(...dated.map((x) => x.span.from));
  let to = Math.max(...dated.map((x) => x.span.to));
  if (to - from < DAY) {
    const mid = (from + to) / 2;
    from = mid - DAY / 2;
    to = mid + DAY / 2;
  }
  const inner = Math.max(1, width - 2 * margin);
  const xOf = (ms: number) => margin + ((ms - from) / (to - from)) * inner;
  const lanes = SOURCES.filter((s) => dated.some((x) => x.item.source === s));
  const marks = dated.map(({ item, span }) => {
    const x = xOf(span.from);
    const w = xOf(span.to) - x;
    return { item, x, width: w < 2 ? 0 : w, lane: Math.max(0, lanes.indexOf(item.source)) };
  });
  const ticks = stripTicks(from, to).map((t) => ({ x: xOf(t.at), label: t.label }));
  return { marks, ticks, lanes, from, to };
}

/** `KZT 150,000.00` / `150 000,00 ₸`; the number alone for a missing or odd currency; '' without an amount. */
export function formatAmount(lang: Lang, amount: number | undefined, currency?: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '';
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
    } catch {
      // An unknown code: the number alone, the code after it.
    }
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${n} ${currency}` : n;
}

/** Labels of the types that are not `event_types` of the case file. */
export const TYPE_KEYS: Record<string, string> = {
  call_in: 'node_timeline.types.call_in',
  call_out: 'node_timeline.types.call_out',
  payment_in: 'node_timeline.types.payment_in',
  payment_out: 'node_timeline.types.payment_out',
};

export const SOURCE_KEYS: Record<NodeTimelineSource, string> = {
  case_file: 'node_timeline.sources.case_file',
  call_records: 'node_timeline.sources.call_records',
  statements: 'node_timeline.sources.statements',
};
