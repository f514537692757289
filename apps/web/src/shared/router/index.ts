export { getLocation, navigate, subscribeLocation, type LocationSnapshot, type NavigateOptions } from './history-store';
export { useLocation, useSearchParams } from './hooks';
export { Link, type LinkProps } from './Link';
export { matchPath } from './match';
export {
  buildHref,
  encodeParam,
  patchSearch,
  readEnum,
  readInt,
  readIntList,
  readList,
  readRegionCode,
  readString,
  type ParamPatch,
  type ParamValue,
} from './url-state';
