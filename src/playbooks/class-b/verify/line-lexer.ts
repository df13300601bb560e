// A one-line JavaScript/TypeScript lexer, just enough to tell code from literals: the edit checks look
// at code only, so text copied from a page into a string literal can never count as code, and a quote
// that closes a string early turns the rest into code that the checks then see.

export interface LexedLine {
  /** The line with string, template and regex contents emptied (`''`, `` ` ` ``, `/-/`) and comments replaced by a space. */
  code: string;
  /** String and template literal contents, in order. */
  strings: string[];
  /** Regex literals (`/src/flags`), in order. */
  regexes: string[];
  /** The line ends inside a string, template, regex or block comment: later lines would change meaning. */
  unterminated: boolean;
}

const REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_AFTER_WORDS = /\b(?:return|typeof|case|do|else|in|of|void|yield|await|delete|instanceof|new)$/;

function lastSignificant(code: string): string {
  const trimmed = code.trimEnd();
  return trimmed.slice(-1);
}

/** Lexes one line (no line breaks inside). */
export function lexLine(line: string): LexedLine {
  let code = '';
  const strings: string[] = [];
  const regexes: string[] = [];
  // Brace depth of each open `${` inside a template literal.
  const templateStack: number[] = [];
  let braceDepth = 0;
  let i = 0;

  const readTemplate = (): boolean => {
    // At the char after an opening backtick or a closing `}` of `${...}`.
    let text = '';
    while (i < line.length) {
      const c = line[i] as string;
      if (c === '\\') {
        text += line.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        strings.push(text);
        code += '`';
        return true;
      } else if (c === '$' && line[i + 1] === '{') {
        i += 2;
        strings.push(text);
        code += '${';
        templateStack.push(braceDepth);
        braceDepth++;
        return true;
      } else {
        text += c;
        i++;
      }
    }
    strings.push(text);
    return false;
  };

  while (i < line.length) {
    const c = line[i] as string;
    const next = line[i + 1];
    if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < line.length && line[j] !== c) {
        if (line[j] === '\\') {
          text += line.slice(j, j + 2);
          j += 2;
        } else text += line[j++];
      }
      if (j >= line.length) return { code, strings: [...strings, text], regexes, unterminated: true };
      strings.push(text);
      code += `${c}${c}`;
      i = j + 1;
    } else if (c === '`') {
      code += '`';
      i++;
      if (!readTemplate()) return { code, strings, regexes, unterminated: true };
    } else if (c === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth - 1) {
      templateStack.pop();
      braceDepth--;
      code += '}';
      i++;
      if (!readTemplate()) return { code, strings, regexes, unterminated: true };
    } else if (c === '/' && next === '/') {
      // A line comment ends the line.
      code += ' ';
      break;
    } else if (c === '/' && next === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) return { code, strings, regexes, unterminated: true };
      code += ' ';
      i = end + 2;
    } else if (c === '/' && (REGEX_AFTER.has(lastSignificant(code)) || REGEX_AFTER_WORDS.test(code.trimEnd()))) {
      let j = i + 1;
      let inClass = false;
      while (j < line.length) {
        const ch = line[j];
        if (ch === '/' && !inClass) break;
        if (ch === '[') inClass = true;
        else if (ch === ']') inClass = false;
        j += ch === '\\' ? 2 : 1;
      }
      if (j >= line.length) return { code, strings, regexes, unterminated: true };
      j++;
      while (j < line.length && /[a-z]/i.test(line[j] as string)) j++;
      regexes.push(line.slice(i, j));
      code += '/-/';
      i = j;
    } else {
      if (c === '{') braceDepth++;
      else if (c === '}') braceDepth--;
      code += c;
      i++;
    }
  }
  return { code, strings, regexes, unterminated: templateStack.length > 0 };
}

/** Identifiers in lexed code (property names included), e.g. `page`, `getByRole`, `name`. */
export function identifiersOf(code: string): string[] {
  return code.replace(/(?<![\w$])\d[\w.]*/g, ' ').match(/[A-Za-z_$][\w$]*/g) ?? [];
}
