export { EntitiesTab } from './EntitiesTab';
export { EntityCaption } from './EntityCaption';
export { PropertyValue } from './PropertyValue';
export { listParties } from './api';
export { clusterPath, indexRecords, newRecordPath, recordPath, useCaptionText, usePartyOptions, usePropertyLabel, useSchemaLabel } from './display';
export type { RecordIndex } from './display';
export { loadEntitySchema } from './schema';
export type { Captioned, Entity, EntitySchemaDoc } from './types';
