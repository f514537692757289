export { ParseError } from './errors/parse-error.js';
export { parseReport, parseText, type ParseOptions } from './parse-report.js';
export { PARSER_VERSION } from './read-source.js';
export { detectKind } from './source/detect.js';
