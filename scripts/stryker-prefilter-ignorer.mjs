// A Stryker ignorer for triage's prefilter words (`anyWord('bad gateway', ...)`, `g.may('xss')`). Such a
// word only spares a regular expression or an includes() that would answer "no" anyway: BigramIndex.may
// is false only when the word cannot occur, and every call site checks again behind it. Stryker's one
// mutation of such a word, to "", makes the prefilter always say "may", so triage gets slower and its
// answers stay the same: an equivalent mutant, ignored here with this reason. The checks themselves
// (`g.may(...)` replaced by false, an `||` turned into `&&`) are still mutated and must be killed.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const PREFILTERS = new Set(['anyWord', 'may']);

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'prefilter-words', {
    shouldIgnore(path) {
      if (!path.isStringLiteral()) return undefined;
      const call = path.parentPath;
      if (!call?.isCallExpression() || !call.node.arguments.includes(path.node)) return undefined;
      if (!PREFILTERS.has(calleeName(call.node.callee))) return undefined;
      return 'a prefilter word: as "" the prefilter always says "may" and the check behind it decides (slower, same answers)';
    },
  }),
];
