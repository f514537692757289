/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** Injection token of the {@link DatabaseConnection}. */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
