// How a corpus scenario declares itself. The title carries the expected category
// (`<category>: <what happens>`); the note says why that category is right. Tags: `@legacy` scenarios
// also run under the older Playwright to record its message shapes; `@timeout` scenarios are meant to
// end in a test timeout, and only they may (the generator checks both ways).

export interface ScenarioDetails {
  tag?: string[];
  annotation: { type: 'note' | 'shape'; description: string }[];
}

export interface ScenarioOptions {
  /** Also run under the older Playwright. */
  legacy?: boolean;
  /** Meant to end in a test timeout. */
  timeout?: boolean;
  /**
   * Text the failure must contain (ANSI stripped, in the message or any error) to prove it failed
   * for the intended reason and not, say, because a busy machine let a timeout run out first.
   */
  shape?: string;
}

/**
 * Test timeout for `@timeout` scenarios, set first thing in the test body. Every other test runs
 * under the config's generous timeout, so a slow machine cannot turn its failure into a timeout.
 */
export const SHORT_TEST_TIMEOUT = 3000;

/** Test details for one scenario: `test(title, scenario('why', {...}), async (...) => ...)`. */
export function scenario(note: string, options: ScenarioOptions = {}): ScenarioDetails {
  const tag = [...(options.legacy ? ['@legacy'] : []), ...(options.timeout ? ['@timeout'] : [])];
  const annotation: ScenarioDetails['annotation'] = [{ type: 'note', description: note }];
  if (options.shape) annotation.push({ type: 'shape', description: options.shape });
  return { ...(tag.length ? { tag } : {}), annotation };
}

/** Origin on which nothing listens (set by the generator), for "backend down" scenarios. */
export function deadURL(): string {
  const url = process.env.CORPUS_DEAD_URL;
  if (!url) throw new Error('CORPUS_DEAD_URL is not set: run the suite through test/data/failures/generate.ts');
  return url;
}
