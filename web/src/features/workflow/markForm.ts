// The rule the server enforces on a checklist mark (400 reason_required), checked before sending
// so the form says so at once, and the PUT body.
import { ApiError } from '../../shared/api';
import type { MarkBody, MarkStatus } from './types';

/** "Not applicable" needs the reason; a tick's note is optional. */
export function checkMark(status: MarkStatus, note: string): ApiError | null {
  if (status === 'not_applicable' && !note.trim()) return new ApiError({ status: 400, code: 'reason_required', field: 'note' });
  return null;
}

export const markBody = (status: MarkBody['status'], note = ''): MarkBody => ({ status, note: note.trim() });
