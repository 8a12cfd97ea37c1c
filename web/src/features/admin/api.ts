import { api } from '../../shared/api';
import type { Page } from '../../shared/api';
import type { AdminUser, ConfirmItem, JurisdictionFiles, Unit, UnitCreateBody, UserCreateBody, UserPatchBody } from './types';

const enc = encodeURIComponent;

export const listUsers = (cursor: string | null, limit = 50) => api.get<Page<AdminUser>>('/users', { cursor, limit });
export const createUser = (body: UserCreateBody) => api.post<AdminUser>('/users', body);
export const patchUser = (id: string, body: UserPatchBody) => api.patch<AdminUser>(`/users/${enc(id)}`, body);
export const resetPassword = (id: string, password: string) =>
  api.post<void>(`/users/${enc(id)}/reset-password`, { password });
export const createUnit = (body: UnitCreateBody) => api.post<Unit>('/units', body);

/** Not cached: the screen reloads it after each confirmation. */
export const listJurisdictions = () => api.get<JurisdictionFiles>('/jurisdictions');
export const confirmJurisdictionItem = (country: string, item: ConfirmItem, note: string) =>
  api.post<unknown>(`/admin/jurisdictions/${enc(country)}/confirm`, { item, note });

export const unitCodeOf = (u: AdminUser): string => u.unit?.code ?? u.unit_code ?? '';
