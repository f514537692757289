export { RegionPicker, type RegionPickerProps } from './RegionPicker';
export { RegionSearch, type RegionSearchProps } from './RegionSearch';
export { useDebounced } from './useDebounced';
