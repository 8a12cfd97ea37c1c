import { api } from '../../shared/api';
import type { ActivityAnswer, AroundAnswer, BucketSize, CommonAnswer, ContactsAnswer } from './types';

export const getContacts = (number: string, limit: number) => api.get<ContactsAnswer>('/calls/contacts', { number, limit });
export const getCommon = (numbers: string[]) => api.get<CommonAnswer>('/calls/common', { numbers: numbers.join(',') });
export const getAround = (number: string, at: number, hours: number) => api.get<AroundAnswer>('/calls/around', { number, at, hours });
export const getActivity = (number: string, bucket: BucketSize) => api.get<ActivityAnswer>('/calls/activity', { number, bucket });
