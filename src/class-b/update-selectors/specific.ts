// A heal must name its element: a locator that any page of the same kind satisfies (a role with no
// name, a bare tag, body/html) proves nothing about which element it found, so a test "healed" onto it
// passes on unrelated elements (two headings counted in place of two board items) and keeps passing
// when the feature breaks.
import { option, QUERY_METHODS, type LocatorStep } from './locator.js';

type Step = Pick<LocatorStep, 'method' | 'args'>;

/** Tags and pseudo-selectors that every page has or that say nothing about the element. */
const GENERIC_SELECTORS = new Set(['*', 'body', 'html', ':root', 'div', 'span', 'main', 'section', 'article', 'header', 'footer', 'nav', 'form', 'p', 'a', 'button', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'img', 'input', 'select', 'textarea', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'iframe']);

/** XPaths of the document, its body or any element. */
const GENERIC_XPATHS = new Set(['/', '//*', '/html', '//html', '/html/body', '//body', '//html/body', '//body/*', '//div', '//span', '//li', '//button', '//a']);

/** Whether one query step names something (a name, text, test id, id, class or attribute), not just a kind. */
export function stepNamesSomething(step: Step): boolean {
  const first = step.args[0];
  switch (step.method) {
    case 'getByRole': {
      const name = option(step, 'name');
      return name !== undefined && !(name.t === 'str' && name.v.trim() === '');
    }
    case 'locator': {
      if (first?.t !== 'str') return first !== undefined;
      const sel = first.v.trim().toLowerCase();
      const bare = sel.startsWith('xpath=') ? sel.slice('xpath='.length).trim() : sel.startsWith('css=') ? sel.slice('css='.length).trim() : sel;
      return !GENERIC_SELECTORS.has(bare) && !GENERIC_XPATHS.has(bare);
    }
    default:
      return first !== undefined && !(first.t === 'str' && first.v.trim() === '');
  }
}

/**
 * Why `chain` is not a locator a heal may end on, or undefined when it is. Every query step of the
 * chain being a bare kind (getByRole without name, a bare tag, body/html) is refused; one named step
 * (a named list around unnamed items, a class on a tag) is enough.
 */
export function tooGeneric(chain: Step[]): string | undefined {
  const queries = chain.filter((s) => QUERY_METHODS.has(s.method));
  const filtered = chain.some((s) => s.method === 'filter' && (option(s, 'hasText') !== undefined || option(s, 'has') !== undefined));
  if (!queries.length || filtered || queries.some(stepNamesSomething)) return undefined;
  return 'it names no element, only a kind of element (a role with no name, a bare tag, body or html): any page of that kind would satisfy it, so it cannot prove the test found the same element';
}
