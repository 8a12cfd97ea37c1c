// Calls over time: buckets in order with the empty ones filled in, and the bars drawn from them.
import type { ActivityBucket, BucketSize } from './types';

export const BUCKET_SECONDS: Record<BucketSize, number> = { hour: 3600, day: 86_400, week: 604_800 };
/** More buckets than this are drawn as they came, without filling the gaps. */
export const MAX_FILLED = 500;

export interface Bucket {
  /** Epoch seconds. */
  start: number;
  outgoing: number;
  incoming: number;
}

/** Epoch seconds from epoch seconds, milliseconds or RFC 3339; NaN when none of those. */
export function toEpoch(v: string | number): number {
  if (typeof v === 'number') return v > 1e11 ? Math.floor(v / 1000) : v;
  if (/^\d+$/.test(v)) return toEpoch(Number(v));
  return Math.floor(new Date(v).getTime() / 1000);
}

/** Sorted by start; missing buckets between the first and the last filled with zero calls. */
export function fillBuckets(buckets: ActivityBucket[], size: BucketSize): Bucket[] {
  const step = BUCKET_SECONDS[size];
  const byStart = new Map<number, Bucket>();
  for (const b of buckets) {
    const start = toEpoch(b.start);
    if (!Number.isFinite(start)) continue;
    const prev = byStart.get(start);
    byStart.set(start, { start, outgoing: (prev?.outgoing ?? 0) + (b.outgoing || 0), incoming: (prev?.incoming ?? 0) + (b.incoming || 0) });
  }
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start);
  if (sorted.length < 2) return sorted;
  const first = sorted[0].start;
  const last = sorted[sorted.length - 1].start;
  if ((last - first) / step + 1 > MAX_FILLED) return sorted;
  const out: Bucket[] = [];
  let next = 0;
  for (let t = first; t <= last; t += step) {
    // A bucket off the grid (a change of clock) is kept where it is.
    while (next < sorted.length && sorted[next].start < t) out.push(sorted[next++]);
    if (next < sorted.length && sorted[next].start === t) out.push(sorted[next++]);
    else out.push({ start: t, outgoing: 0, incoming: 0 });
  }
  while (next < sorted.length) out.push(sorted[next++]);
  return out;
}

export interface Bar extends Bucket {
  x: number;
  width: number;
  /** Outgoing calls, drawn from the axis up. */
  outHeight: number;
  /** Incoming calls, stacked on the outgoing ones. */
  inHeight: number;
}

export function activityBars(buckets: Bucket[], width: number, height: number): { bars: Bar[]; max: number } {
  const max = Math.max(0, ...buckets.map((b) => b.outgoing + b.incoming));
  const slot = buckets.length > 0 ? width / buckets.length : 0;
  const gap = slot > 4 ? 1 : 0;
  const scale = max > 0 ? height / max : 0;
  return {
    max,
    bars: buckets.map((b, i) => ({ ...b, x: i * slot, width: Math.max(0.5, slot - gap), outHeight: b.outgoing * scale, inHeight: b.incoming * scale })),
  };
}

/** Numbers typed one per line or separated by commas or semicolons (spaces inside a number are dropped); each once. */
export function parseNumbers(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const n = raw.replace(/[\s()-]+/g, '');
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** `3725` seconds → `1:02:05`; `65` → `1:05`. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
