export { EntitiesTab } from './EntitiesTab';
export type { Entity, EntitySchemaDoc } from './types';
