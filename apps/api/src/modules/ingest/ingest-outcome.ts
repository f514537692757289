/** What happened to one ingested file. */
export type IngestStatus = 'stored' | 'unchanged' | 'revised' | 'failed';

export interface IngestOutcome {
  readonly fileName: string;
  readonly status: IngestStatus;
  readonly reportId: number | null;
  readonly revisionNo: number | null;
  /** For failures: one line naming the file and what is wrong with it. */
  readonly reason: string | null;
}
