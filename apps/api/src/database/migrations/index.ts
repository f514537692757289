import { InitialSchema1795703762296 } from './1795703762296-initial-schema.js';
import { CrossReportFindingsAndAttribution1795705117944 } from './1795705117944-cross-report-findings-and-attribution.js';
import { LighterReportValues1795707588095 } from './1795707588095-lighter-report-values.js';
import { ReportMetrics1795708425304 } from './1795708425304-report-metrics.js';
import { AccountsAndAudit1795709106739 } from './1795709106739-accounts-and-audit.js';
import { SyntheticReports1795712400000 } from './1795712400000-synthetic-reports.js';
import { ReportCurrentRevisionIndex1795718000000 } from './1795718000000-report-current-revision-index.js';
import { RevisionValues1795721000000 } from './1795721000000-revision-values.js';
import { GovernmentMetrics1795740000000 } from './1795740000000-government-metrics.js';
import { GovernmentMetricCoveringKey1795760000000 } from './1795760000000-government-metric-covering-key.js';
import { IssuerRegionPrefixIndex1795780000000 } from './1795780000000-issuer-region-prefix-index.js';
import { FindingRevisionCoveringIndex1795780000001 } from './1795780000001-finding-revision-covering-index.js';

/** Every migration in order (classes, not globs: the app is ESM). */
export const MIGRATIONS = [InitialSchema1795703762296, CrossReportFindingsAndAttribution1795705117944, LighterReportValues1795707588095, ReportMetrics1795708425304, AccountsAndAudit1795709106739, SyntheticReports1795712400000, ReportCurrentRevisionIndex1795718000000, RevisionValues1795721000000, GovernmentMetrics1795740000000, GovernmentMetricCoveringKey1795760000000, IssuerRegionPrefixIndex1795780000000, FindingRevisionCoveringIndex1795780000001];
