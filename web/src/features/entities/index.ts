export { EntitiesTab } from './EntitiesTab';
export { EntityCaption } from './EntityCaption';
export { listParties } from './api';
export { indexRecords, newRecordPath, recordPath, useCaptionText, usePartyOptions } from './display';
export type { RecordIndex } from './display';
export type { Captioned, Entity, EntitySchemaDoc } from './types';
