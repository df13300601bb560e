import { existsSync, readFileSync } from 'node:fs';
import { redact } from '../redact/index.js';
import { UsageError } from './args.js';

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** `healwright redact [file]`: redacted text on stdout, what was found (by type, no values) on stderr. */
export async function redactCommand(file: string | undefined, stdin: NodeJS.ReadableStream, quiet: boolean): Promise<{ text: string; report: string }> {
  let input: string;
  if (file && file !== '-') {
    if (!existsSync(file)) throw new UsageError(`${file} does not exist. Pass a file to redact, or pipe text into \`healwright redact\`.`);
    input = readFileSync(file, 'utf8');
  } else {
    input = await readStdin(stdin);
  }
  const r = redact(input);
  const found = Object.entries(r.findings)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return { text: r.text, report: quiet ? '' : `healwright redact: ${r.count} value${r.count === 1 ? '' : 's'} redacted${found ? ` (${found})` : ''}\n` };
}
