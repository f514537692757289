import { GovernmentMetricEntity } from '../modules/analytics/government-metric.entity.js';
import { ReportMetricEntity } from '../modules/analytics/report-metric.entity.js';
import { AuditEventEntity } from '../modules/auth/audit-event.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { PendingReportEntity } from '../modules/ingest/pending-report.entity.js';
import { IssuerAliasEntity } from '../modules/issuers/issuer-alias.entity.js';
import { IssuerEntity } from '../modules/issuers/issuer.entity.js';
import { RegionAttributeEntity } from '../modules/regions/region-attribute.entity.js';
import { RegionEntity } from '../modules/regions/region.entity.js';
import { FindingEntity } from '../modules/reports/finding.entity.js';
import { ReportRevisionEntity } from '../modules/reports/report-revision.entity.js';
import { RevisionValuesEntity } from '../modules/reports/revision-values.entity.js';
import { ReportEntity } from '../modules/reports/report.entity.js';
import { SourceFileEntity } from '../modules/reports/source-file.entity.js';
import { TableFingerprintEntity } from '../modules/reports/table-fingerprint.entity.js';

/** Every entity, for the DataSource (classes, not globs: the app is ESM). */
export const ENTITIES = [
  RegionEntity,
  RegionAttributeEntity,
  IssuerEntity,
  IssuerAliasEntity,
  SourceFileEntity,
  ReportEntity,
  ReportRevisionEntity,
  RevisionValuesEntity,
  FindingEntity,
  TableFingerprintEntity,
  ReportMetricEntity,
  GovernmentMetricEntity,
  PendingReportEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
];
