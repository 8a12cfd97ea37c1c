import type { User } from '../../shared/session';

export type { User };

export interface LoginBody {
  username: string;
  password: string;
  totp_code?: string;
}

/** POST /auth/login and GET /auth/me both answer with this. */
export interface AuthAnswer {
  user: User;
  csrf_token: string;
}
