export * from './report-template.js';
export * from './report.js';
export * from './findings.js';
export * from './metrics.js';
