// The signed-in user, shared by every feature. The auth feature fills it; the rest only reads.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  country?: string;
}

export interface User {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit: UnitRef;
  totp_enabled: boolean;
  permissions: string[];
}

export interface Session {
  user: User | null;
  can: (permission: string) => boolean;
}

export function makeSession(user: User | null): Session {
  const set = new Set(user?.permissions ?? []);
  return { user, can: (p) => set.has(p) };
}

const SessionContext = createContext<Session>(makeSession(null));

export function SessionProvider({ user, children }: { user: User | null; children: ReactNode }) {
  return <SessionContext.Provider value={makeSession(user)}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
