import { InitialSchema1795703762296 } from './1795703762296-initial-schema.js';

/** Every migration in order (classes, not globs: the app is ESM). */
export const MIGRATIONS = [InitialSchema1795703762296];
