import { BASE_LABELS } from './render-issue.js';
import type { ClassCRecord, IssueApi, RunClassCOptions } from './types.js';

/** Shared by the steps of one runClassC call. */
export interface RunState {
  o: RunClassCOptions;
  /** The API when this run may use it (not dry, configured). */
  api: IssueApi | undefined;
  seenAt: string;
  records: ClassCRecord[];
  record: (r: Omit<ClassCRecord, 'at'>) => void;
  log: (line: string) => void;
}

/** The label every healwright issue carries; findOpenByMarker searches within it. */
export const ISSUE_LABEL = BASE_LABELS[0];
