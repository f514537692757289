export * from './report-template.js';
export * from './report.js';
export * from './findings.js';
export * from './metrics.js';
export * from './cross-report-rules.js';
export * from './packed-provenance.js';
