/**
 * A tiny router state on top of the History API: the current location as an external store
 * (for useSyncExternalStore), `navigate` for pushState/replaceState, and popstate for back/forward.
 * No dependency: the app needs path matching and query parameters, nothing more.
 */
export interface LocationSnapshot {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let snapshot: LocationSnapshot | null = null;

function read(): LocationSnapshot {
  const { pathname, search, hash, href } = window.location;
  return { pathname, search, hash, href };
}

/** The current location; a new object only when the URL changed (stable for React). */
export function getLocation(): LocationSnapshot {
  if (!snapshot || snapshot.href !== window.location.href) snapshot = read();
  return snapshot;
}

function emit(): void {
  getLocation();
  for (const listener of [...listeners]) listener();
}

const onPopState = () => emit();

export function subscribeLocation(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  readonly replace?: boolean;
}

/** Goes to a same-origin URL (path + query) without reloading. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  if (url.href === window.location.href) return;
  if (options.replace) window.history.replaceState(null, '', url.href);
  else window.history.pushState(null, '', url.href);
  emit();
}
