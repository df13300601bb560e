import type { LkgEntry } from '../last-known-good/types.js';
import type { HealEvidence } from '../triage/types.js';
import type { DomSnapshot } from '../triage/dom-snapshot.js';

/** The three Class B fix types; one PR per run and type. */
export type ClassBCategory = 'update-selectors' | 'fix-api-routes' | 'update-test-data';

/** A whole-line replacement: the line as it is now, and what it becomes. */
export interface SourceEdit {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** The whole current line, exactly (used to check the file did not change). */
  before: string;
  /** The whole replacement line. */
  after: string;
}

/** One proposed fix, before validation. Deterministic healers and the LLM both produce these. */
export interface PatchProposal {
  category: ClassBCategory;
  /** Tests the fix is for (Playwright test ids). */
  testIds: string[];
  /** Failure fingerprint (dedupe marker in PR bodies). */
  fingerprint: string;
  edits: SourceEdit[];
  /** Why this fix, for people: what was wrong and what the page/API/data shows now. */
  reasoning: string;
  /** 0..1 */
  confidence: number;
  source: 'rules' | 'llm';
  /** For a selector heal: the element each edited locator is meant to find (checked in the re-run's trace). */
  meant?: MeantElement[];
}

/** What a selector heal meant the locator on one edited line to find. */
export interface MeantElement {
  /** The edited file (as the proposal writes it) and 1-based line. */
  file: string;
  line: number;
  /** From the DOM snapshot: lower-case tag and text (clipped, maybe redacted, at heal time). */
  tag?: string;
  text?: string;
  /** From the ARIA snapshot: role and accessible name. */
  role?: string;
  name?: string;
  /**
   * The last-known-good record the heal matched (what the old locator found when the test last
   * passed): the element found in the re-run must be as like it as a heal requires.
   */
  record?: Pick<LkgEntry, 'count' | 'elements'>;
}

/** What a healer is told about one failure. Every text here is raw (not redacted): it stays on this machine. */
export interface HealerInput {
  category: ClassBCategory;
  testId: string;
  fingerprint: string;
  /** Error message, ANSI stripped, with its call log. */
  message: string;
  /** Stack trace (`at file:line:col` frames), when known. */
  stack?: string;
  /** Absolute path and 1-based line of the test's declaration. */
  testFile: string;
  testLine: number;
  /** Markdown of the `error-context` attachment (error, ARIA snapshot, test source), when there is one. */
  errorContext?: string;
  /** YAML ARIA snapshot of the page at failure time. */
  pageSnapshot?: string;
  evidence?: HealEvidence;
  /** The `heal-dom` snapshot of the page at failure time (healwright's fixtures), parsed. */
  domSnapshot?: DomSnapshot;
  /** The repository root (edits outside it are refused by the pipeline). */
  rootDir: string;
  /** The app's OpenAPI document (fix-api-routes), already loaded. */
  openapi?: unknown;
  /** The last-known-good store (files relative to `rootDir`): what locators found when tests last passed. */
  lastKnownGood?: readonly LkgEntry[];
}

/** A healer either proposes a patch or says why it will not. */
export type HealerResult = { proposal: PatchProposal } | { refused: string };
