import { api, requestBlob } from '../../shared/api';
import type { TraceAnswer, TraceBody } from './types';

export const traceMoney = (body: TraceBody) => api.post<TraceAnswer>('/money/trace', body);
/** The same trace as an XLSX workbook. */
export const traceXlsx = (body: TraceBody) => requestBlob('POST', '/money/trace', { body, query: { format: 'xlsx' } });
