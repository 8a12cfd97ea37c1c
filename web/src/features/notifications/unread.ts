// The unread count the header's bell shows, kept in one place: the bell polls it, the
// notifications screen publishes the count each mark-read answers, so both agree at once.
import { useEffect, useState } from 'react';
import { getUnreadCount } from './api';

export const POLL_MS = 60_000;

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
let last: number | null = null;

export function publishUnread(count: number): void {
  last = count;
  for (const l of listeners) l(count);
}

export function subscribeUnread(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A path of this app, never another origin (`//host`) or a scheme: where a notice may lead. */
export const safeLink = (link: string | null | undefined): string | null =>
  link && link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : null;

/** The unread count, asked every minute and after every navigation (`pathname` changes). */
export function useUnreadCount(pathname: string): number | null {
  const [count, setCount] = useState<number | null>(last);
  useEffect(() => subscribeUnread(setCount), []);
  useEffect(() => {
    let live = true;
    const poll = () =>
      getUnreadCount().then(
        (r) => {
          if (live) publishUnread(r.unread);
        },
        () => undefined, // a failed poll keeps the last count; a 401 signs out through the api client
      );
    poll();
    const id = window.setInterval(poll, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(id);
    };
  }, [pathname]);
  return count;
}
