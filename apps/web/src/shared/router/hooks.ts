import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { getLocation, navigate, subscribeLocation, type LocationSnapshot, type NavigateOptions } from './history-store';
import { patchSearch, type ParamPatch } from './url-state';

export function useLocation(): LocationSnapshot {
  return useSyncExternalStore(subscribeLocation, getLocation, getLocation);
}

/** The query parameters and a setter that writes a patch into the URL (push by default). */
export function useSearchParams(): [URLSearchParams, (patch: ParamPatch, options?: NavigateOptions) => void] {
  const location = useLocation();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback((patch: ParamPatch, options?: NavigateOptions) => {
    const current = getLocation();
    navigate(`${current.pathname}${patchSearch(current.search, patch)}${current.hash}`, options);
  }, []);
  return [params, setParams];
}
