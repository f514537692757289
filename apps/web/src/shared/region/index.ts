export { RegionPicker, type RegionPickerProps } from './RegionPicker';
export { RegionSearch, type RegionSearchProps } from './RegionSearch';
