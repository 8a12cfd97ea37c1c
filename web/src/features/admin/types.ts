// Shapes from docs/api.md "People and units". The user list's item shape is not spelled out:
// we expect the `user` shape of /auth/me plus `disabled`, and accept `unit_code` instead of `unit`.
import type { UnitRef } from '../../shared/session';
import type { Unit } from '../../shared/reference';

export type { Unit };

export interface AdminUser {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit?: UnitRef;
  unit_code?: string;
  disabled?: boolean;
  totp_enabled?: boolean;
}

export interface UserCreateBody {
  username: string;
  display_name: string;
  role: string;
  unit_code: string;
  password: string;
}

export interface UserPatchBody {
  role?: string;
  unit_code?: string;
  display_name?: string;
  disabled?: boolean;
}

export interface UnitCreateBody {
  code: string;
  name: string;
  country: string;
  region?: string;
}
