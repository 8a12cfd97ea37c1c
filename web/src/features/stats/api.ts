import { api } from '../../shared/api';
import type { ProtectionStats } from './types';

export const getProtectionStats = () => api.get<ProtectionStats>('/stats/protection');
