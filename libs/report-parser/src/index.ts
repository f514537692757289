export { ParseError } from './errors/parse-error.js';
