import type { ReactNode } from 'react';
import { useSession } from './session';

interface Props {
  /** Shown when the user holds any one of these permissions. */
  anyOf: string[];
  children: ReactNode;
  fallback?: ReactNode;
}

/** Hides what the user cannot do. The server still decides: this is only courtesy. */
export function Permission({ anyOf, children, fallback = null }: Props) {
  const { can } = useSession();
  return <>{anyOf.some(can) ? children : fallback}</>;
}
