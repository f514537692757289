export { changeDirection, formatBytes, formatChange, formatCompact, formatCount, formatDateTime, formatShare, formatValue } from './format';
export { UNIT_KEYS, unitKey } from './units';
export { useFormat } from './useFormat';
