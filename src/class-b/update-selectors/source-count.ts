// `expect(await items.count()).toBe(1)` received 0: the message names no locator (it is a plain value
// assertion), but the count was read through one. The locator is read from the source instead: the
// chain written inline, or the one the variable was assigned in the same file. Healing it is a selector
// fix; writing the 0 into the test never is (see locator-subject.ts).
import { matchLine } from '../../triage/lines.js';
import { expectSubject, locatorRead, readReceiver } from '../locator-subject.js';
import { readLines, type StackFrame } from '../source.js';
import { chainsInLine, type LocatorStep } from './locator.js';

export interface SourceCount {
  chain: LocatorStep[];
  expected: number;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const DECLARES = new Set(['const', 'let', 'var']);
const MODIFIERS = new Set(['private', 'public', 'protected', 'readonly']);

/** The chain assigned to `name` (`const name = page.locator(...)`, `name = ...`, `this.name = ...`), written once in `lines`. */
function assignedChain(lines: string[], name: string, before: number): LocatorStep[] | undefined {
  const found: LocatorStep[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const rest = text.slice(at + name.length).trimStart();
    const head = text.slice(0, at).trimEnd();
    const words = head.trim().split(/\s+/);
    const declared = DECLARES.has(words[words.length - 1] ?? '') || head.endsWith('this.') || words.every((w) => w === '' || MODIFIERS.has(w));
    if (!declared || !rest.startsWith('=') || rest.startsWith('==')) continue;
    const chains = chainsInLine(text.slice(at));
    if (chains[0]) found.push(chains[0].steps);
    if (i + 1 >= before) break;
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The expected count and the locator chain of a count assertion on `frame`'s line, or undefined. */
export function countFromSource(frame: StackFrame, message: string): SourceCount | undefined {
  const expectedText = matchLine(message, /^Expected(?: length)?:\s*(\d+)\s*$/, 'Expected')?.[1];
  const receivedText = matchLine(message, /^Received(?: length)?:\s*(\d+)\s*$/, 'Received')?.[1];
  if (expectedText === undefined || receivedText !== '0') return undefined;
  const lines = readLines(frame.file);
  const text = lines?.[frame.line - 1];
  if (!lines || text === undefined) return undefined;
  const subject = expectSubject(text, frame.column);
  const read = subject && locatorRead(subject);
  if (!subject || (read !== 'count' && read !== 'all' && read !== 'allTextContents' && read !== 'allInnerTexts')) return undefined;
  const receiver = readReceiver(text, subject);
  if (!receiver) return undefined;
  const bare = receiver.startsWith('this.') ? receiver.slice('this.'.length) : receiver;
  const chain = IDENT.test(bare) ? assignedChain(lines, bare, frame.line) : chainsInLine(`x.${receiver.slice(receiver.indexOf('.') + 1)}`)[0]?.steps;
  if (!chain?.length) return undefined;
  return { chain, expected: Number(expectedText) };
}
