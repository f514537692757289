import type { AttributionCandidate } from './pending-report.entity.js';

/** What happened to one ingested file. */
export type IngestStatus = 'stored' | 'unchanged' | 'revised' | 'needsAssignment' | 'failed';

export interface IngestOutcome {
  readonly fileName: string;
  readonly status: IngestStatus;
  readonly reportId: number | null;
  readonly revisionNo: number | null;
  /** For failures and reports that need assignment: one line naming the file and the problem. */
  readonly reason: string | null;
  /** For reports that need assignment: the waiting report and the regions it may belong to. */
  readonly pendingId?: number;
  readonly candidates?: readonly AttributionCandidate[];
}
