// Triage of the real-world corpus (issue 14) with the LLM refinement step, through the real Ollama client
// and the Ollama stand-in: what an LLM can change about the rules' verdicts, and what it cannot.
// The stand-in plays three models, each answering every case:
// - `right, quoting`: the labelled category, confidence 0.9, quoting the line of the failure it was sent
//   that best shows it (the most a model can give: how many of the rules' misses refinement can repair
//   under its guards);
// - `wrong, quoting`: the costliest wrong answer (restart-backend for every case not labelled Class A,
//   unknown for the Class A ones), confidence 0.95, quoting the line of the failure that best shows its
//   answer (a confident model that is wrong: what the guards cannot always stop);
// - `wrong, made-up quote`: the same answers with a quote that is not in the failure (what the guards
//   stop: a high-confidence rules verdict stays).
// The failure texts reach the prompt as the heal pipeline sends them: verdictAndTexts (error message and call
// log split, page snapshot excerpt), then the prompt builder's redaction. Dev and held-out are both scored in aggregate; no case is printed.
import { pathToFileURL } from 'node:url';
import { analyzeCluster, buildAnalysisPrompt, quoteIsInEvidence, type ClusterInput } from '../src/llm/analysis/index.js';
import { OllamaProvider } from '../src/llm/providers/ollama.js';
import { verdictAndTexts } from '../src/heal/llm-context.js';
import { redactText } from '../src/redact/index.js';
import { triageFailure } from '../src/triage/triage.js';
import { CATEGORY_CLASS, type Category } from '../src/triage/types.js';
import { inputOfReal, loadRealFailures, type RealFailureCase } from '../test/data/real-failures/corpus.js';
import { startOllamaStandin } from '../test/standins/ollama.js';
import { scoreSplit, type SplitScore } from './real-triage.js';
import { printTable, type BenchRow } from './types.js';

type Persona = 'right, quoting' | 'wrong, quoting' | 'wrong, made-up quote';
const PERSONAS: readonly Persona[] = ['right, quoting', 'wrong, quoting', 'wrong, made-up quote'];
/** A quote no failure of the corpus holds (checked per case). */
const MADE_UP_QUOTE = 'backend container exited with code 137 (OOMKilled) before the request';

/**
 * The line of the failure texts as sent that a model would quote for `category`: the first one the rules,
 * reading it alone, put in that category, else the first one long enough to count as a quote.
 */
function quoteFrom(evidence: string, category: Category): string | undefined {
  let first: string | undefined;
  for (const line of evidence.split('\n')) {
    const t = line.trim().slice(0, 200);
    if (!quoteIsInEvidence(t, evidence)) continue;
    if (triageFailure({ message: t }).category === category) return t;
    first ??= t;
  }
  return first;
}

function wrongFor(label: Category): Category {
  return CATEGORY_CLASS[label] === 'A' ? 'unknown' : 'restart-backend';
}

interface Prepared {
  c: RealFailureCase;
  input: ClusterInput;
  /** What the right model quotes (for the labelled category), and what the wrong one quotes (for its category). */
  quote: { right: string | undefined; wrong: string | undefined };
  madeUpFound: boolean;
}

function prepare(c: RealFailureCase): Prepared {
  const input: ClusterInput = {
    fingerprint: c.id,
    ...verdictAndTexts(triageFailure(inputOfReal(c)), c.message, c.pageSnapshot),
    tests: [c.testName ?? c.id],
  };
  const { evidence } = buildAnalysisPrompt(input, redactText);
  const quote = { right: quoteFrom(evidence, c.label.category), wrong: quoteFrom(evidence, wrongFor(c.label.category)) };
  return { c, input, quote, madeUpFound: quoteIsInEvidence(MADE_UP_QUOTE, evidence) };
}

function answer(p: Prepared, persona: Persona): string {
  const right = persona === 'right, quoting';
  const category = right ? p.c.label.category : wrongFor(p.c.label.category);
  const quote = persona === 'wrong, made-up quote' ? MADE_UP_QUOTE : right ? p.quote.right : p.quote.wrong;
  return JSON.stringify({
    rootCause: right ? p.c.label.reason : 'The backend is down.',
    category,
    confidence: right ? 0.9 : 0.95,
    investigationSteps: ['Read the error message and the page snapshot.'],
    ...(quote ? { evidenceQuote: quote } : {}),
  });
}

interface PersonaScore {
  persona: Persona;
  dev: SplitScore;
  heldOut: SplitScore;
  /** Verdicts the LLM changed, over both splits. */
  moved: number;
}

/** Scores rules-only and each persona on both splits; every case's LLM call goes through the real client to the stand-in. */
export async function scoreWithLlm(opts: { heldOut?: boolean } = {}): Promise<{ rules: { dev: SplitScore; heldOut: SplitScore }; personas: PersonaScore[]; calls: number }> {
  const cases = loadRealFailures()
    .filter((c) => opts.heldOut !== false || c.split === 'dev')
    .map(prepare);
  for (const p of cases) if (p.madeUpFound) throw new Error(`the made-up quote is in case ${p.c.id}: choose another`);
  const standin = await startOllamaStandin({ models: ['llama3.2:latest'] });
  try {
    const provider = new OllamaProvider({ host: standin.url, model: 'llama3.2', timeoutMs: 10_000 });
    const split = (scored: { c: RealFailureCase; category: Category }[]) => ({
      dev: scoreSplit(scored.filter((s) => s.c.split === 'dev').map((s) => ({ ...s, klass: CATEGORY_CLASS[s.category], rule: '' }))),
      heldOut: scoreSplit(scored.filter((s) => s.c.split === 'heldout').map((s) => ({ ...s, klass: CATEGORY_CLASS[s.category], rule: '' }))),
    });
    const rules = split(cases.map((p) => ({ c: p.c, category: p.input.category })));
    const personas: PersonaScore[] = [];
    for (const persona of PERSONAS) {
      const scored: { c: RealFailureCase; category: Category }[] = [];
      let moved = 0;
      for (const p of cases) {
        standin.enqueueChat({ kind: 'answer', content: answer(p, persona) });
        const out = await analyzeCluster(provider, p.input, { redact: redactText });
        if (!out.ok) throw new Error(`case ${p.c.id}, ${persona}: ${out.reason}`);
        if (out.finalCategory !== p.input.category) moved++;
        scored.push({ c: p.c, category: out.finalCategory });
      }
      personas.push({ persona, ...split(scored), moved });
    }
    const calls = standin.requests.filter((r) => r.path === '/api/chat').length;
    if (calls !== cases.length * PERSONAS.length) throw new Error(`the stand-in saw ${calls} chat calls, expected ${cases.length * PERSONAS.length}`);
    return { rules, personas, calls };
  } finally {
    await standin.close();
  }
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/** Info rows (no targets: the targets are the rules' own, in real-triage.ts): accuracy and Class A precision per model and split. */
export async function benchRealTriageLlm(opts: { heldOut?: boolean } = {}): Promise<BenchRow[]> {
  const { rules, personas } = await scoreWithLlm(opts);
  const rows: BenchRow[] = [];
  const add = (who: string, split: string, s: SplitScore, moved?: number) =>
    rows.push({
      name: `real-world triage ${split}, ${who}: class / category / Class A precision (${s.predictedA} called A)${moved === undefined ? '' : `; ${moved} verdicts moved (both splits)`}`,
      value: pct(s.classAccuracy),
      unit: `% / ${pct(s.categoryAccuracy)}% / ${pct(s.classAPrecision)}%`,
      target: '',
      pass: true,
    });
  add('rules only', 'dev', rules.dev);
  if (opts.heldOut !== false) add('rules only', 'held-out', rules.heldOut);
  for (const p of personas) {
    add(`LLM stand-in ${p.persona}`, 'dev', p.dev, p.moved);
    if (opts.heldOut !== false) add(`LLM stand-in ${p.persona}`, 'held-out', p.heldOut);
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // --dev-only: while working on rules, so that the held-out split is not looked at on the way.
  printTable(await benchRealTriageLlm({ heldOut: !process.argv.includes('--dev-only') }));
}
