// The frontline report form's pure parts: its values, the POST and PATCH bodies, the open-case check.
import { ApiError } from '../../shared/api';
import { localToIso } from '../../shared/datetime';
import type { FrontlineBlock } from '../../shared/protectionReference';
import type { FrontlineReport, OpenCaseBody, ReportCreateBody, ReportPatchBody, ReportState } from './types';

export interface ReportValues {
  blocks: Record<string, string>;
  location: string;
  /** datetime-local value (the device's time). */
  observed_at: string;
}

export const STATE_KEYS: Record<ReportState, string> = {
  draft: 'frontline.state.draft',
  handed_over: 'frontline.state.handed_over',
  case_opened: 'frontline.state.case_opened',
};

export const emptyReport = (blocks: FrontlineBlock[]): ReportValues => ({
  blocks: Object.fromEntries(blocks.map((b) => [b.id, ''])),
  location: '',
  observed_at: '',
});

export const valuesFromReport = (r: FrontlineReport, blocks: FrontlineBlock[]): ReportValues => ({
  blocks: Object.fromEntries(blocks.map((b) => [b.id, r.blocks?.[b.id] ?? ''])),
  location: r.location ?? '',
  observed_at: '',
});

/** Every block of the reference, trimmed (an empty block is sent empty, so an edit can clear it). */
function blockTexts(blocks: FrontlineBlock[], values: ReportValues): Record<string, string> {
  return Object.fromEntries(blocks.map((b) => [b.id, (values.blocks[b.id] ?? '').trim()]));
}

export function createReportBody(blocks: FrontlineBlock[], values: ReportValues): ReportCreateBody {
  const body: ReportCreateBody = { blocks: blockTexts(blocks, values) };
  if (values.location.trim()) body.location = values.location.trim();
  const at = localToIso(values.observed_at);
  if (at) body.observed_at = at;
  return body;
}

export const patchReportBody = (r: FrontlineReport, blocks: FrontlineBlock[], values: ReportValues): ReportPatchBody => ({
  version: r.version,
  blocks: blockTexts(blocks, values),
});

/** A report with nothing written is not saved. */
export function checkReport(blocks: FrontlineBlock[], values: ReportValues): ApiError | null {
  if (values.observed_at.trim() && !localToIso(values.observed_at)) return new ApiError({ status: 422, code: 'invalid_date', field: 'observed_at' });
  const written = blocks.some((b) => (values.blocks[b.id] ?? '').trim() !== '');
  return written ? null : new ApiError({ status: 422, code: 'required', field: 'blocks' });
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
