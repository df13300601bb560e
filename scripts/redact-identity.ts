// Byte-identity check for redaction speed work: runs src/redact as it is at a git ref (default main)
// and as it is in this checkout over the same inputs, and fails on the first output that differs.
// Inputs: the redaction table (inputs and expected outputs), the corpus, the adversarial inputs, the
// failure corpora, a 3 MB concatenation and every mix in one string (the chunked path), and 3,000 seeded mixes of table and
// corpus rows with a slice, a mutation, an upper- and a lower-case copy of each; every input once
// without options, and those under 200K characters with an allowlist and with a custom pattern.
//   node --import tsx scripts/redact-identity.ts [ref]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { redact } from '../src/redact/index.js';
import type { RedactOptions, RedactResult } from '../src/redact/index.js';
import { ADVERSARIAL_INPUTS } from '../test/data/redact/adversarial.js';
import { REDACT_CASES } from '../test/data/redact/cases.js';
import { DEV, HELD_OUT } from '../test/data/redact/corpus/index.js';

const ref = process.argv[2] ?? 'main';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'healwright-redact-identity-'));
try {
  const tar = execFileSync('git', ['archive', ref, 'src/redact'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(path.join(dir, 'src.tar'), tar);
  execFileSync('tar', ['-xf', 'src.tar'], { cwd: dir });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  const old = (await import(pathToFileURL(path.join(dir, 'src/redact/index.ts')).href)) as { redact: typeof redact };
  process.exitCode = compare(old.redact) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function inputs(): string[] {
  const rows = [...REDACT_CASES.map((c) => c.input), ...DEV.map((r) => r.input), ...HELD_OUT.map((r) => r.input)];
  const out = [...rows, ...REDACT_CASES.map((c) => c.output)];
  for (const file of ['test/data/failures/corpus.json', 'test/data/real-failures/cases.jsonl', 'test/data/real-failures/issues.json']) {
    const text = readFileSync(path.join(root, file), 'utf8');
    out.push(text);
    for (let i = 0; i < text.length; i += 3000) out.push(text.slice(i, i + 3000 + (i % 777)));
  }
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const joins = ['\n', ' ', '', '\r\n', '\n\n', '\t'];
  const chars = 'aZ09:=/"\' \n.-@_+%&;?#';
  for (let k = 0; k < 3000; k++) {
    let mix = '';
    for (let j = 1 + next(12); j > 0; j--) mix += (rows[next(rows.length)] ?? '') + joins[next(joins.length)];
    const from = next(mix.length + 1);
    let mutated = mix;
    for (let q = 0; q < 3; q++) {
      const at = next(mutated.length + 1);
      mutated = mutated.slice(0, at) + chars[next(chars.length)] + mutated.slice(at + next(3));
    }
    out.push(mix, mix.slice(from, from + next(mix.length - from + 1)), mutated, mix.toUpperCase(), mix.toLowerCase());
  }
  // The mixes again as one string: the chunked path, with secrets, mutations and both cases in most pieces.
  out.push(out.slice(-15_000).join(''));
  let big = '';
  for (let i = 0; big.length < 3_000_000; i++) big += rows[(i * 7) % rows.length] + '\n';
  out.push(big, big.slice(12345, 900_000));
  for (const { input } of ADVERSARIAL_INPUTS) out.push(input, input.slice(0, 70_000), `x ${input.slice(0, 5000)} password=hunter2 `);
  return out;
}

function same(a: RedactResult, b: RedactResult): boolean {
  return a.text === b.text && a.count === b.count && JSON.stringify(a.findings) === JSON.stringify(b.findings);
}

function compare(oldRedact: typeof redact): boolean {
  const optionSets: (RedactOptions | undefined)[] = [
    undefined,
    { allowlist: ['example.com', '10.0.0.0/8', /^sk-test/] },
    { patterns: [{ name: 'acme', type: 'API_KEY', regex: /acme_[a-z0-9]{8}/g }] },
  ];
  let compared = 0;
  let differing = 0;
  const all = inputs();
  optionSets.forEach((options, o) => {
    all.forEach((input, i) => {
      if (o > 0 && input.length > 200_000) return;
      const a = oldRedact(input, options);
      const b = redact(input, options);
      compared++;
      if (same(a, b)) return;
      if (++differing > 5) return;
      let at = 0;
      while (at < a.text.length && a.text[at] === b.text[at]) at++;
      const around = (t: string) => JSON.stringify(t.slice(Math.max(0, at - 80), at + 80));
      console.log(`differs: input ${i}, options ${o}, ${input.length} chars, at ${at}\n  ${ref}: ${around(a.text)}\n  here: ${around(b.text)}`);
    });
  });
  console.log(`redact-identity: ${compared} inputs compared with ${ref}, ${differing} differ`);
  return differing === 0;
}
