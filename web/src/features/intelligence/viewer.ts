import { useSession } from '../../shared/session';
import type { Viewer } from './display';

/** The signed-in user for the rules of display.ts: who, of which unit, with which permissions. */
export function useViewer(): Viewer {
  const { user, can } = useSession();
  return { userId: user?.id, unitId: user?.unit?.id, can };
}
