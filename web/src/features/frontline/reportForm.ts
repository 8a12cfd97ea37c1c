// The frontline report form's pure parts: its values, the POST and PATCH bodies, the open-case check.
// The report is also an intelligence report: grading, facts, items and the originator's contact.
import { ApiError } from '../../shared/api';
import { localToIso } from '../../shared/datetime';
import { DEFAULT_GRADING, fieldsOf, widerThanReport } from '../../shared/intelligence';
import type { Facts, Grading, GradingDoc, ReportItem } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';
import type { FrontlineReport, OpenCaseBody, ReportCreateBody, ReportPatchBody, ReportState } from './types';

export interface ReportValues {
  blocks: Record<string, string>;
  location: string;
  /** datetime-local value (the device's time). */
  observed_at: string;
  grading: Grading;
  facts: Facts;
  items: ReportItem[];
  originator_contact: string;
}

/** Block 12's contact: at most 500 bytes (UTF-8), as the server counts. */
export const ORIGINATOR_CONTACT_MAX_BYTES = 500;
export const byteLength = (s: string): number => new TextEncoder().encode(s).length;

export const STATE_KEYS: Record<ReportState, string> = {
  draft: 'frontline.state.draft',
  handed_over: 'frontline.state.handed_over',
  case_opened: 'frontline.state.case_opened',
};

const emptyFacts = (): Facts => ({ exploitation_forms: [], countries: [], modus: [] });

export const emptyReport = (blocks: FrontlineBlock[]): ReportValues => ({
  blocks: Object.fromEntries(blocks.map((b) => [b.id, ''])),
  location: '',
  observed_at: '',
  grading: { ...DEFAULT_GRADING },
  facts: emptyFacts(),
  items: [],
  originator_contact: '',
});

export const valuesFromReport = (r: FrontlineReport, blocks: FrontlineBlock[]): ReportValues => ({
  blocks: Object.fromEntries(blocks.map((b) => [b.id, r.blocks?.[b.id] ?? ''])),
  location: r.location ?? '',
  observed_at: '',
  grading: { ...DEFAULT_GRADING, ...(r.grading ?? {}) },
  facts: {
    exploitation_forms: [...(r.facts?.exploitation_forms ?? [])],
    countries: (r.facts?.countries ?? []).map((c) => ({ ...c })),
    modus: [...(r.facts?.modus ?? [])],
  },
  items: (r.items ?? []).map((i) => ({ ...i, fields: { ...i.fields } })),
  originator_contact: r.originator_contact ?? '',
});

/** The facts as sent: country rows without a country left out. */
export function factsBody(f: Facts): Facts {
  return {
    exploitation_forms: [...f.exploitation_forms],
    countries: f.countries.filter((c) => c.code.trim() !== '').map((c) => ({ code: c.code.trim().toUpperCase(), role: c.role })),
    modus: [...f.modus],
  };
}

const hasFacts = (f: Facts) => f.exploitation_forms.length > 0 || f.modus.length > 0 || f.countries.some((c) => c.code.trim() !== '');

/** An item as sent: its fields trimmed, empty ones left out, its own grading only when it has one. */
export function itemBody(item: ReportItem): ReportItem {
  const fields = Object.fromEntries(
    Object.entries(item.fields ?? {})
      .map(([k, v]) => [k, (v ?? '').trim()] as const)
      .filter(([, v]) => v !== ''),
  );
  const out: ReportItem = { kind: item.kind, fields };
  if (item.id) out.id = item.id;
  if (item.grading) out.grading = { ...item.grading };
  return out;
}

/** The first problem of one item: a required field empty, or handled more widely than its report. */
export function checkItem(item: ReportItem, reportHandling: string, doc: GradingDoc | undefined, prefix = ''): ApiError | null {
  for (const f of fieldsOf(item)) {
    if (f.required && !(item.fields?.[f.name] ?? '').trim()) return new ApiError({ status: 422, code: 'required', field: `${prefix}fields.${f.name}` });
  }
  if (item.grading && widerThanReport(doc, item.grading.handling, reportHandling)) {
    return new ApiError({ status: 422, code: 'handling_wider_than_report', field: `${prefix}grading.handling` });
  }
  return null;
}

/** Every block of the reference, trimmed (an empty block is sent empty, so an edit can clear it). */
function blockTexts(blocks: FrontlineBlock[], values: ReportValues): Record<string, string> {
  return Object.fromEntries(blocks.map((b) => [b.id, (values.blocks[b.id] ?? '').trim()]));
}

/** A new report: the grading always (the default when untouched), facts, items and contact when given. */
export function createReportBody(blocks: FrontlineBlock[], values: ReportValues): ReportCreateBody {
  const body: ReportCreateBody = { blocks: blockTexts(blocks, values), grading: { ...values.grading } };
  if (values.location.trim()) body.location = values.location.trim();
  const at = localToIso(values.observed_at);
  if (at) body.observed_at = at;
  if (hasFacts(values.facts)) body.facts = factsBody(values.facts);
  if (values.items.length > 0) body.items = values.items.map(itemBody);
  if (values.originator_contact.trim()) body.originator_contact = values.originator_contact.trim();
  return body;
}

/** A draft's change sends everything the author may change, so an edit can also clear it. */
export const patchReportBody = (r: FrontlineReport, blocks: FrontlineBlock[], values: ReportValues): ReportPatchBody => ({
  version: r.version,
  blocks: blockTexts(blocks, values),
  grading: { ...values.grading },
  facts: factsBody(values.facts),
  items: values.items.map(itemBody),
  originator_contact: values.originator_contact.trim(),
});

/** A report with nothing written is not saved; nor one with a bad item or too long a contact. */
export function checkReport(blocks: FrontlineBlock[], values: ReportValues, doc?: GradingDoc): ApiError | null {
  if (values.observed_at.trim() && !localToIso(values.observed_at)) return new ApiError({ status: 422, code: 'invalid_date', field: 'observed_at' });
  const written = blocks.some((b) => (values.blocks[b.id] ?? '').trim() !== '');
  if (!written) return new ApiError({ status: 422, code: 'required', field: 'blocks' });
  for (const [i, item] of values.items.entries()) {
    const problem = checkItem(item, values.grading.handling, doc, `items.${i}.`);
    if (problem) return problem;
  }
  if (byteLength(values.originator_contact.trim()) > ORIGINATOR_CONTACT_MAX_BYTES) return new ApiError({ status: 422, code: 'too_long', field: 'originator_contact' });
  return null;
}

export interface OpenCaseValues {
  title: string;
  category: string;
  approach: string;
  country: string;
}

export function checkOpenCase(v: OpenCaseValues): ApiError | null {
  for (const field of ['title', 'category', 'approach'] as const) {
    if (!v[field].trim()) return new ApiError({ status: 422, code: 'required', field });
  }
  return null;
}

export function openCaseBody(v: OpenCaseValues): OpenCaseBody {
  const body: OpenCaseBody = { title: v.title.trim(), category: v.category, approach: v.approach };
  if (v.country) body.jurisdiction = { country: v.country };
  return body;
}

/** The author may change a report only while it is a draft. */
export const isEditable = (r: FrontlineReport, userId: string | undefined): boolean => r.state === 'draft' && !!userId && r.author?.id === userId;
