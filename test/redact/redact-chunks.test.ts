import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkForRedaction, CHUNK_THRESHOLD } from '../../src/redact/chunks.js';
import { redact, type RedactOptions } from '../../src/redact/index.js';
import { REDACT_CASES } from '../data/redact/cases.js';

// A caller's pattern turns chunking off (it may span lines), so this one, which never matches,
// gives the one-piece result to compare the chunked one with.
const UNCHUNKED: RedactOptions = { patterns: [{ name: 'never', type: 'TOKEN', regex: /(?!)/ }] };

const PEM = `-----BEGIN RSA PRIVATE KEY-----
${'MIIEowIBAAKCAQEAn1pMVSEDO4EPzQxKgAakFxRgMGiewWZFAktenWo5aMt/OIso\n'.repeat(40)}-----END RSA PRIVATE KEY-----`;
const FILL_LOG = `Call log:
  - waiting for getByLabel('Password')
  - locator resolved to <input type="password" name="password"/>
${'  - waiting 100ms\n'.repeat(3)}  - fill("Sup3r-Secret!")`;

/** Realistic text past the chunk threshold, with a PEM block and a password fill near every cut. */
function bigText(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < CHUNK_THRESHOLD * 4; i++) {
    const part = i % 40 === 39 ? `${PEM}\n${FILL_LOG}` : (REDACT_CASES[i % REDACT_CASES.length]?.input ?? '');
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n');
}

describe('redact: large inputs in pieces', () => {
  const text = bigText();

  test('pieces are cut after newlines and join back to the input', () => {
    const pieces = chunkForRedaction(text);
    assert.ok(pieces.length > 4, `${pieces.length} pieces`);
    assert.equal(pieces.join(''), text);
    for (const piece of pieces.slice(0, -1)) assert.ok(piece.endsWith('\n'));
  });

  test('no cut falls inside a PEM block or between a password input and its fill', () => {
    let offset = 0;
    for (const piece of chunkForRedaction(text).slice(0, -1)) {
      offset += piece.length;
      const before = text.slice(Math.max(0, offset - 3000), offset);
      const begin = before.lastIndexOf('-----BEGIN ');
      assert.ok(begin === -1 || before.indexOf('-----END ', begin) !== -1, `cut at ${offset} splits a PEM block`);
      const nextFill = text.indexOf('fill("', offset);
      const lastPassword = text.lastIndexOf('type="password"', offset);
      assert.ok(lastPassword === -1 || nextFill === -1 || nextFill - lastPassword > 3000, `cut at ${offset} separates a fill from its input`);
    }
  });

  test('chunked redaction equals one-piece redaction, text and counts', () => {
    const chunked = redact(text);
    const whole = redact(text, UNCHUNKED);
    assert.ok(text.length > CHUNK_THRESHOLD);
    assert.equal(chunked.text, whole.text);
    assert.deepEqual(chunked.findings, whole.findings);
    assert.ok((chunked.findings.PRIVATE_KEY ?? 0) >= 4);
    assert.ok(!chunked.text.includes('Sup3r-Secret!'));
  });

  test('a toHaveValue failure that straddles a cut keeps its value redacted', () => {
    const block = `Error: expect(locator).toHaveValue(expected) failed\n\nLocator:  getByLabel('API token')\nExpected: "CkmFBs9YthoYGPiGMi6CWjSA"\nReceived: ""\n`;
    const filler = 'y'.repeat(60) + '\n';
    let straddled = 0;
    // Slide the block across the first cut target, a line at a time: some cut falls inside it.
    for (let shift = 0; shift < 8; shift++) {
      const lead = filler.repeat(Math.floor(CHUNK_THRESHOLD / 2 / filler.length) - 4 + shift);
      const input = lead + block + filler.repeat(300);
      const firstCut = (chunkForRedaction(input)[0] as string).length;
      if (firstCut > lead.length && firstCut < lead.length + block.length) straddled++;
      const result = redact(input);
      assert.ok(!result.text.includes('CkmFBs9YthoYGPiGMi6CWjSA'), `shift ${shift}: the value stayed`);
      assert.equal(result.text, redact(input, UNCHUNKED).text);
    }
    // The cut rule moves every cut out of the block, so none straddles it.
    assert.equal(straddled, 0);
  });

  test('a fill chain or a call log that straddles a cut keeps its value redacted', () => {
    const filler = 'y'.repeat(60) + '\n';
    for (const block of [
      "    await page\n      .getByLabel('Password')\n      .fill('Sup3r-Secret!');\n",
      "  12 |     await page\n  13 |       .getByLabel('Password')\n> 14 |       .fill('Sup3r-Secret!');\n",
      // A call log: the fill step is judged by the field the steps above waited for.
      "Call log:\n  - waiting for getByLabel('Password')\n  - locator resolved to <input id=\"pw\" name=\"pw\"/>\n  - fill(\"Sup3r-Secret!\")\n",
      "  - waiting for getByRole('textbox', { name: 'PIN' })\n  - fill(\"Sup3r-Secret!\")\n",
    ]) {
      for (let shift = 0; shift < 6; shift++) {
        const lead = filler.repeat(Math.floor(CHUNK_THRESHOLD / 2 / filler.length) - 3 + shift);
        const input = lead + block + filler.repeat(300);
        const firstCut = (chunkForRedaction(input)[0] as string).length;
        assert.ok(!(firstCut > lead.length && firstCut < lead.length + block.length), `shift ${shift}: a cut inside the chain`);
        const result = redact(input);
        assert.ok(!result.text.includes('Sup3r-Secret!'), `shift ${shift}: the value stayed`);
        assert.equal(result.text, redact(input, UNCHUNKED).text);
      }
    }
  });

  test('a call log that fills a field every three lines is still cut, after a fill, and loses no value', () => {
    let log = 'Call log:\n';
    for (let i = 0; i < 600; i++) log += `  - waiting for getByLabel('${i % 2 ? 'Password' : 'PIN code'}')\n  - locator resolved to <input id="f${i}"/>\n  - fill("Secr3t-${i}-xyz")\n`;
    const pieces = chunkForRedaction(log);
    assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
    for (const piece of pieces.slice(0, -1)) assert.match(piece, /fill\("Secr3t-\d+-xyz"\)\n$/);
    const result = redact(log);
    assert.equal((result.text.match(/Secr3t-/g) ?? []).length, 0);
    assert.equal(result.text, redact(log, UNCHUNKED).text);
  });

  test('each piece keeps its unchanged head and tail: chunked equals the pieces redacted one by one', () => {
    // Every line a secret (each piece changed from its first line to its last: kept whole), long
    // clean runs with one secret between them (pieces changed in their middle or last line only:
    // head and tail kept as slices), and the realistic mix.
    const dense = Array.from({ length: 3000 }, (_, i) => `password=hunter2-${i}`).join('\n');
    const clean = 'x'.repeat(70) + '\n';
    const sparse = Array.from({ length: 12 }, (_, i) => clean.repeat(200 + i * 37) + `api_key=sk_live_${'a1B2c3D4e5'.repeat(3)}${i}\n`).join('');
    for (const input of [dense, sparse, text, text.toUpperCase()]) {
      assert.ok(input.length > CHUNK_THRESHOLD);
      const pieces = chunkForRedaction(input);
      const oneByOne = pieces.map((piece) => redact(piece).text).join('');
      assert.ok(oneByOne !== input, 'something is redacted');
      assert.equal(redact(input).text, oneByOne);
    }
  });

  test('a PEM block that straddles the first cut target still goes whole', () => {
    const filler = 'x'.repeat(80) + '\n';
    const input = filler.repeat(Math.ceil((CHUNK_THRESHOLD / 2 - 600) / filler.length)) + PEM + '\n' + filler.repeat(1000);
    const result = redact(input);
    assert.deepEqual(result.findings, { PRIVATE_KEY: 1 });
    assert.ok(!result.text.includes('MIIEow'));
  });
});
