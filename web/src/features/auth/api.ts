import { api } from '../../shared/api';
import type { AuthAnswer, LoginBody } from './types';

export const login = (body: LoginBody) => api.post<AuthAnswer>('/auth/login', body);
export const me = () => api.get<AuthAnswer>('/auth/me');
export const logout = () => api.post<void>('/auth/logout');
