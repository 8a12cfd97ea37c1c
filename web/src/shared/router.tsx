// A tiny history router: the C++ server answers every non-/api path with index.html, so real
// paths work on reload. The route table itself lives in app/routes.ts.
import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

const EVENT = 'ariadne:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(EVENT, callback);
  };
}

const currentPath = () => window.location.pathname;
const serverPath = () => '/';
const currentSearch = () => window.location.search;
const serverSearch = () => '';

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, serverPath);
}

/** The query string of the current address (`?schema=Event`), '' when there is none. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, serverSearch);
}

export function navigate(path: string, replace = false): void {
  if (path === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(EVENT));
  window.scrollTo(0, 0);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    // Let the browser handle new-tab clicks and modified clicks.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
