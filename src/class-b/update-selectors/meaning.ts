// Whether a renamed value says something else: a heal may follow a rename (`btn-save` -> `save-button`,
// "Submit" -> "Save"), never a change of meaning. These kinds are refused whatever the scores say:
// - a value of digits alone (`112-4471`): it names one record, and another number is another record; and a
//   number in a value that the new value says otherwise ("orders over $35" -> "orders over $49");
// - an action that became the state it leaves ("Follow" -> "Following", "Save" -> "Saved"), or the other way;
// - a state the old value named is gone or replaced (`.status-active` -> `.status`, `.badge-success` ->
//   `.badge-danger`): the test asserted that state, and the heal would stop asserting it; a value replaced
//   by a state it did not name, keeping none of its words ("Sent" -> "Paid"); a size or layout
//   variant replaced by another (`.btn-block` -> `.btn-sm`);
// - a word and the same word under a meaning prefix (`subtotal` -> `total`, "Unread" -> "Read");
// - "on" swapped for "off", "in" for "out", "up" for "down", or back ("Turn on notifications" -> "Turn off notifications");
// - another action (`Delete account` -> "Deactivate account", "Approve" -> "Reject");
// - another thing under a shared word: one word kept, another swapped for an unrelated one (`cart-count`
//   -> `cart-total`, "Search products" -> "Search orders"), or a qualifier added
//   that names a second field of the same kind ("Email" -> "Email confirmation", "Password" -> "Current
//   password"). Words that only say what kind of element it is (`btn`, `item`, `list`, `field`), numbers
//   and hash-like parts (`k3`) never count either way.
// Words come from similarity.ts's `words` (stemmed, camelCase and kebab-case split), so the rules read
// class names, ids, test ids and accessible names alike.
import { authoredPart, editRatio, MEANING_PREFIXES, synonyms, unmarked, wholeWords, words } from './similarity.js';

/** A button's emphasis: a state of its own against another, but no state a renamed value came to show. */
const STYLE_VARIANTS = ['primary', 'secondary', 'tertiary'];

/** States a class, id, test id or name can carry. Words in one group stand in for one another. */
const STATE_GROUPS: string[][] = [
  ['active', 'current', 'selected'],
  ['inactive'],
  ['disabled'],
  ['enabled'],
  ['checked'],
  ['unchecked'],
  ['open', 'opened', 'expanded', 'shown'],
  ['closed', 'collapsed', 'hidden'],
  ['error', 'danger', 'invalid', 'fail', 'failed', 'failing', 'failure'],
  ['success', 'valid', 'succeeded', 'passed', 'passing'],
  ['warning', 'warn'],
  ['pending', 'loading', 'busy', 'processing'],
  ['done', 'complete', 'completed', 'finished'],
  ['incomplete'],
  ['suspended', 'blocked', 'banned'],
  ['locked'],
  ['unlocked'],
  ['archived'],
  ['deleted'],
  ['draft'],
  ['published'],
  ['unpublished'],
  ['unread'],
  ['empty'],
  ['paid'],
  ['unpaid'],
  ['overdue'],
  ['online'],
  ['offline'],
  ['approved'],
  ['rejected'],
  ['expired'],
  // Where an order, a parcel or an invoice stands.
  ['sent'],
  ['delivered'],
  ['shipped', 'dispatched'],
  ['refunded'],
  ['cancelled', 'canceled'],
  ['preparing'],
  ['packed'],
  ['transit'],
  ['returned'],
  // Where a train, a flight or a bus stands.
  ['delayed', 'late'],
  ['departed'],
  ['arrived'],
  ['boarding'],
  // Where a machine, a service or a job stands (Fly.io's started / stopped, a CI job queued).
  ['running', 'started'],
  ['stopped', 'halted'],
  ['paused'],
  ['starting'],
  ['stopping'],
  ['queued'],
  ['idle'],
  ['terminated'],
  ['destroyed'],
  // A style variant is a state of its own: `.btn-primary` and `.btn-secondary` are two buttons.
  ...STYLE_VARIANTS.map((w) => [w]),
];
const STATE = new Map<string, number>();
STATE_GROUPS.forEach((g, i) => g.forEach((w) => STATE.set(w, i)));

/**
 * A design system's size and layout variants (`btn-sm`, `btn-lg`, `btn-block`, `input-group-xs`): like a
 * state, one variant is not another. Words in one group stand in for one another.
 */
const VARIANT_GROUPS: string[][] = [['xs', 'xsmall'], ['sm', 'small'], ['md', 'medium'], ['lg', 'large'], ['xl', 'xlarge'], ['block', 'fluid', 'full', 'wide'], ['mini', 'tiny'], ['compact', 'dense']];
const VARIANT = new Map<string, number>();
VARIANT_GROUPS.forEach((g, i) => g.forEach((w) => VARIANT.set(w, i)));

/**
 * For a word `w` of `a` in one of the groups of `groups` (STATE, VARIANT) that `b` does not keep (no word of
 * its group): the word of another group that `b` puts in its place, or null when it puts none. Undefined
 * when `w` is in no group or `b` keeps it.
 */
function groupSwap(groups: ReadonlyMap<string, number>, w: string, a: readonly string[], b: readonly string[]): string | null | undefined {
  const group = groups.get(w);
  if (group === undefined || b.some((v) => groups.get(v) === group)) return undefined;
  return b.find((v) => groups.has(v) && !a.includes(v)) ?? null;
}

/** What a button, link or menu item does. Two of these that are not synonyms are two actions. */
const ACTIONS = new Set(
  (
    'add create new delete remove trash discard archive unarchive restore activate deactivate enable disable approve reject accept decline ' +
    'publish unpublish block unblock ban unban suspend resume pause start stop cancel abort save submit send confirm apply edit modify change ' +
    'update buy purchase pay checkout subscribe unsubscribe follow unfollow like unlike lock unlock reset refund close dismiss open share ' +
    'download export upload import print copy duplicate clone move rename invite leave join retry merge login logout signin signout signup ' +
    'register deploy undo redo clear hide show expand collapse mute unmute play preview report flag pin unpin star unstar assign unassign ' +
    'transfer withdraw deposit upgrade downgrade renew verify mark install uninstall insert capture upvote downvote vote watch ' +
    'unwatch enroll connect disconnect bid pledge donate reserve reload refresh restart schedule sign notify'
  ).split(' '),
);

/** An action, or one taken again (`reopen`, `resend`, `reassign`): what a control offers once its first action was done. */
const isAction = (w: string) => ACTIONS.has(w) || (w.length > 4 && w.startsWith('re') && ACTIONS.has(w.slice(2)));

/** A record's number: digits with separators, no letters (`112-4471`, `#4471`, `2024-0042`). */
const RECORD_NUMBER = /^[#\s\d.,:/_-]+$/;
const isRecordNumber = (v: string) => RECORD_NUMBER.test(v) && /\d/.test(v);

/** A class, id or test id: a name of letters, digits, `_` and `-` that starts with a letter or `_`. */
const IDENTIFIER = /^[A-Za-z_][\w-]*$/;
/** Numbers as a text writes them, standing alone: `35`, `$35.00`, `1,200`, `3.11` (not the digits of `k9Lp2a` or `office365`). */
const NUMBER = /(?<![A-Za-z0-9])\d+(?:[.,]\d+)*(?![A-Za-z0-9])/g;

/**
 * Why `found` says another number where `lost` said one: both hold numbers and one of `lost`'s is not
 * among `found`'s ("orders over $35" -> "orders over $49 shipped by Amazon"). Undefined when `lost` has no
 * number or `found` none (a count badge or an amount dropped or added is judged elsewhere).
 */
function numberChange(lost: string, found: string): string | undefined {
  // Texts only: a class or id's digits are part of its name (hashes, grid columns), judged elsewhere. A text
  // may be one word ("$4.99/month").
  if (IDENTIFIER.test(lost.trim())) return undefined;
  const a = lost.match(NUMBER);
  const b = found.match(NUMBER);
  if (!a || !b) return undefined;
  const gone = a.find((n) => !b.includes(n));
  if (gone === undefined) return undefined;
  const other = b.find((n) => !a.includes(n)) ?? (b[0] as string);
  return `"${lost}" says ${gone} and "${found}" says ${other}: the number changed, a value the test asserted, not a rename`;
}

/** A run of letters and digits in a text, as written. */
const ALNUM_RUN = /[A-Za-z0-9]+/g;
/** The letter / digit pattern of a run (`K3vQx` -> `ldlll`). */
const shapeOf = (run: string) => run.replace(/[A-Za-z]/g, 'l').replace(/[0-9]/g, 'd');
/** A record's code: four or more letters and digits, both present (`K3vQx`, `A12B3`), not a number with a unit. */
const isCode = (run: string) => run.length >= 4 && /[0-9]/.test(run) && run.replace(/[^A-Za-z]/g, '').length >= 2 && !/^[0-9]+[A-Za-z]{1,3}$/.test(run);

/**
 * A code that names one record (a puzzle's, an order's, a booking's: "Solve #K3vQx") replaced by another code
 * of the same letter and digit pattern ("Solve #r8TfN"): another record in the same slot, never a rename.
 * Texts only: a class's or test id's generated hash changes shape by chance and is judged by its own rules.
 */
function codeChange(lost: string, found: string): string | undefined {
  if (!/\s/.test(lost.trim()) && !/\s/.test(found.trim())) return undefined;
  const a: readonly string[] = lost.match(ALNUM_RUN) ?? [];
  const b: readonly string[] = found.match(ALNUM_RUN) ?? [];
  for (const x of a) {
    if (!isCode(x) || b.includes(x)) continue;
    const y = b.find((v) => isCode(v) && !a.includes(v) && shapeOf(v) === shapeOf(x));
    if (y) return `"${lost}" names one record by its code "${x}" and "${found}" another ("${y}"), not a rename`;
  }
  return undefined;
}

/** Whether `v` is the action `w`'s participle: what the element says once the action was taken (`following`, `subscribed`, `saved`, `added`). */
function resultOf(w: string, v: string): boolean {
  const base = w.endsWith('e') ? w.slice(0, -1) : w;
  return [`${w}ing`, `${base}ing`, `${w}ed`, `${base}ed`, `${w}${w.at(-1) ?? ''}ed`, `${w}${w.at(-1) ?? ''}ing`].includes(v);
}

/** A meaning prefix (MEANING_PREFIXES, longest first where one starts another) written apart with a hyphen before a word ("un-favorite", "re-open", "non-member"). */
const HYPHEN_PREFIX = /(?:^|[^a-z])(counter|super|multi|under|anti|over|post|semi|non|dis|pre|mis|sub|un|in|im|de|re|co)-([a-z]{3,})/g;

/** The `prefix-word` pairs of a value whose word the other value says bare (`un-favorite` against `favorite`). */
function hyphenPrefixed(text: string, otherWords: readonly string[], other: string): string | undefined {
  const lower = text.toLowerCase();
  const otherLower = other.toLowerCase();
  for (const m of lower.matchAll(HYPHEN_PREFIX)) {
    const [, prefix, word] = m as unknown as [string, string, string];
    if (otherWords.includes(words(word)[0] ?? word) && !otherLower.includes(`${prefix}-${word}`) && !otherLower.includes(`${prefix}${word}`)) return `${prefix}-${word}`;
  }
  return undefined;
}

/** `long` is `short` under a meaning prefix: `subtotal` / `total`, `unread` / `read`. */
function prefixed(long: string, short: string): string | undefined {
  if (short.length < 3 || long.length <= short.length || !long.endsWith(short)) return undefined;
  const head = long.slice(0, long.length - short.length).replace(/-$/, '');
  return MEANING_PREFIXES.includes(head) ? head : undefined;
}

/**
 * Function words name nothing ("has been archived" / "was archived"); particles that change an action
 * ("in", "out", "on", "off", "up") are not among them.
 */
const FUNCTION_WORDS = new Set('the a an of for to with about your my this thi that these those is are was were has have had been be being it its will can which there'.split(' '));

/** Words that say what kind of element something is, or where it sits, not what it is about; and function words. */
const NEUTRAL = new Set([
  ...(
    'btn button link input field icon label lbl text txt item container wrapper wrap box el elem element component cmp section area block ' +
    'panel modal dialog popup widget list row cell col column title heading header content inner outer main page view form group control ' +
    'ctrl value display tag card tile entry line img image pic'
  ).split(' '),
  ...FUNCTION_WORDS,
]);

/** Words that, added to a name, name a second field or control of the same kind ("Email" -> "Email confirmation"). */
const QUALIFIERS = new Set(
  (
    'confirmation confirm repeat retype again verify verification old current previous secondary alternate alternative backup billing ' +
    'shipping second other additional extra first last min minimum max maximum start end from until'
  ).split(' '),
);

/**
 * Words that, added to a name, name a facet of the thing it named: its settings page, its opening hours,
 * its details ("Notifications" -> "Notification settings", "Desk" -> "Front desk hours"). Not "history"
 * nor "logs": releases fold those into a renamed entry ("Analytics" -> "Analytics & Logs"). Stemmed, as
 * words() gives them.
 */
const FACETS = new Set(['setting', 'preference', 'option', 'hour', 'detail', 'policy', 'faq']);

/** `short` is an abbreviation of `long`: its letters in order, the first one first (`msg` / `message`, `nav` / `navigation`). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  if (long.startsWith(short) && short.length >= 3) return true;
  if (short.length > 4) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Whether two words may name the same thing: equal, synonyms, one state, a typo apart, or an abbreviation. */
function related(a: string, b: string): boolean {
  if (a === b || synonyms(a, b)) return true;
  const sa = STATE.get(a);
  if (sa !== undefined && sa === STATE.get(b)) return true;
  if (a.length >= 4 && b.length >= 4 && editRatio(a, b) >= 0.7) return true;
  return abbreviates(a, b) || abbreviates(b, a);
}

/** Words the rule weighs: letters only, three or more (hash-like parts of generated class names, `bt_k3`, and numbers say nothing), and not kind-of-element words. */
const weighed = (w: string) => {
  // A phrase read as one word ("tweet" -> "post~", see similarity.ts's PHRASES) is weighed as the word it stands for.
  const u = unmarked(w);
  return u.length >= 3 && /^[a-z]+$/.test(u) && !NEUTRAL.has(u);
};

/**
 * Words of call-to-action copy that name nothing ("Get started", "Read more", "Sign up now"): a copy edit
 * drops them freely. They are weighed like any other word unless the element is known to be the same one
 * (a last-known-good record found it again), and then only when the old value loses them.
 */
const FILLERS = new Set(['get', 'more', 'now', 'here', 'please', 'just', 'today', 'let']);

/**
 * Whether `found` keeps a whole word of `lost` that is not an action or a verb that leads a command (what the
 * element names, not only what it does: "Read about The Whalebone Arch" -> "Read about The Sunken Village"
 * keeps only its verb). A function word keeps nothing ("Publish to Xero" -> "Publish to FreeAgent" keeps "to").
 */
function keepsMoreThanAction(lost: string, found: string): boolean {
  const after = wholeWords(found);
  const kept = new Set(after);
  // A leading verb is a verb where it leads the new name; elsewhere it may be a noun ("Email addresses" -> "Invite by email").
  return wholeWords(lost).some((w) => kept.has(w) && !ACTIONS.has(w) && !(LEADING_VERBS.has(w) && after[0] === w) && weighed(w));
}

/** The second rule set of {@link meaningChange}: a kept word with another swapped or a qualifier added. */
function anotherThing(lost: string, found: string, all: string[], allFound: string[], sameElement: boolean, onPage?: (word: string) => boolean, keptText = false): string | undefined {
  const a = all.filter((w) => weighed(w) && !(sameElement && FILLERS.has(w) && !allFound.includes(w)));
  const b = allFound.filter(weighed);
  const shared: string[] = [];
  const lostOnly: string[] = [];
  for (const w of a) (b.some((v) => related(w, v)) ? shared : lostOnly).push(w);
  if (!shared.length) return undefined;
  const foundOnly = b.filter((v) => !a.some((w) => related(w, v)));
  // An action's object cut to its generic tail, a kind-of-element word ("Connect Dropbox" -> "Connect Box"):
  // the name keeps only its action and no longer says what it acts on; the weighed words alone would read it
  // as a word dropped. A name that keeps a word of its own may lose a compound's first part ("Domains on
  // Adlists" -> "Domains on Lists", as one-word names do).
  const generic = lostOnly.length && !foundOnly.length && !keepsMoreThanAction(lost, found) ? allFound.find((v) => NEUTRAL.has(v) && !FUNCTION_WORDS.has(v) && !all.includes(v) && lostOnly.some((w) => w.length > v.length && w.endsWith(v))) : undefined;
  if (generic) return `"${lost}" and "${found}" share "${shared[0]}" but "${lostOnly[0]}" became "${generic}": another thing, not a rename`;
  // The element itself renamed, when the words it lost are nowhere on the page any more (a brand replaced
  // everywhere: "Add RingCentral Meetings" -> "Add RingCentral Video") and it keeps a whole word that is
  // not its action. A slot the page filled with another thing keeps the old words elsewhere: the other
  // merge style in its menu ("Create merge commit"), the place in the other rows ("Dover"); an action
  // whose whole object was swapped ("Export CSV" -> "Export PDF", "Connect GitHub" -> "Connect GitLab",
  // "Download invoice" -> "Download receipt") acts on another thing.
  if (lostOnly.length && foundOnly.length && !(onPage && lostOnly.every((w) => !onPage(w)) && (keptText || keepsMoreThanAction(lost, found)))) return `"${lost}" and "${found}" share "${unmarked(shared[0] as string)}" but "${unmarked(lostOnly[0] as string)}" became "${unmarked(foundOnly[0] as string)}": another thing, not a rename`;
  const qualifier = lostOnly.length ? undefined : foundOnly.find((v) => QUALIFIERS.has(v));
  if (qualifier) return `"${found}" adds "${qualifier}" to "${lost}": a second ${shared[0]}, not a rename`;
  const facet = lostOnly.length ? undefined : foundOnly.find((v) => FACETS.has(v));
  if (facet) return `"${found}" adds "${facet}" to "${lost}": a facet of what it named, another element, not a rename`;
  return undefined;
}

/** A check mark at the start of a name (a done or selected state). */
const CHECK_MARK = /^\s{0,3}[\u2713\u2714\u2611\u2705]/;

/** Actions that take something away, and the words that make them final or total. */
const DESTRUCTIVE = new Set(['delete', 'remove', 'trash', 'discard', 'clear', 'reset', 'purge', 'wipe', 'erase', 'revoke', 'terminate', 'destroy', 'cancel', 'uninstall', 'deactivate', 'unsubscribe', 'leave', 'end']);
/** Words that lead a name which takes an action back. */
const TAKES_BACK = new Set(['cancel', 'undo', 'revoke']);
/** Ways out of a dialog or a step: a "Cancel" in their place is the same way out. */
const WAYS_OUT = new Set(['close', 'dismiss', 'back', 'exit', 'skip', 'no', 'not', 'later', 'nevermind', 'done', 'return', 'abort', 'quit']);
const INTENSIFIERS = new Set(['permanently', 'permanent', 'forever', 'all', 'everything', 'entire', 'irreversibly', 'completely', 'hard']);

/** The verbs that make a status a sentence ("Your order is out for delivery"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been']);

/** The words after a sentence's first copula ("your parcel is on its way" -> on its way), or undefined when it has none. */
function afterCopula(ws: readonly string[]): readonly string[] | undefined {
  const i = ws.findIndex((w) => COPULAS.has(w));
  return i > 0 ? ws.slice(i + 1) : undefined;
}

/** Words that negate what follows them ("not received", "no results", "out of sync"). */
const NEGATIONS = new Set(['not', 'no', 'non', 'never', 'without', 'cannot', 'unable']);

/** The negation a value's words say, if any: one of NEGATIONS, or "out of". */
function negation(ws: readonly string[]): string | undefined {
  const i = ws.findIndex((w, k) => NEGATIONS.has(w) || (w === 'out' && ws[k + 1] === 'of'));
  return i < 0 ? undefined : ws[i] === 'out' ? 'out of' : ws[i];
}

/** Actions that only take the user to the place a link named ("Open settings", "Show all"). */
const GOING = new Set(['open', 'show', 'expand']);

/**
 * Why a link that became a button is not the same control: the button's name puts an action on what the
 * link named, and the link's name had none ("Spam" -> "Report spam", "Starred" -> "Remove from starred").
 * A link goes somewhere; such a button does something to it. Undefined otherwise.
 */
export function actionOnPlace(lost: string, found: string): string | undefined {
  const a = words(lost);
  const act = words(found).find((v) => ACTIONS.has(v) && !GOING.has(v) && !a.includes(v));
  if (!act || a.some((w) => ACTIONS.has(w))) return undefined;
  return `the link "${lost}" went to a place and the button "${found}" acts on it ("${act}"): another control, not a rename`;
}

/**
 * Words that join a head noun to what follows it ("Styles and Formatting", "Albums with photos"): then the
 * first word is the head, not a modifier. Only weighed words are listed: shorter ones ("in", "of", "to")
 * and neutral ones already end the compound (see `firstWordOnly`).
 */
const JOINING = new Set(['and', 'nor', 'but', 'with', 'from', 'into', 'onto', 'via', 'per']);
/** Words that name a kind of widget or landmark, not a thing of the app's (weighed ones: NEUTRAL has "link", "form", "dialog", "panel"; words are compared stemmed). */
const ROLE_WORDS = new Set(['navigation', 'nav', 'menu', 'menubar', 'toolbar', 'sidebar', 'bar', 'region', 'tab', 'tablist', 'landmark', 'banner', 'footer', 'search', 'pane', 'window', 'screen', 'setting']);
/** Verbs that are no ACTIONS entry but lead a command's name ("Search Twitter" -> "Search", "Back this project"); weighed ones only, as for JOINING. */
const LEADING_VERBS = new Set(['search', 'find', 'see', 'explore', 'browse', 'learn', 'read', 'listen', 'try', 'get', 'visit', 'manage', 'contact', 'call', 'email', 'message', 'chat', 'scan', 'sign', 'log', 'back']);

/** A word that leads a command's name: an action, or a verb that is no ACTIONS entry ("get", "manage", "join"). */
const leadingVerb = (w: string) => isAction(w) || LEADING_VERBS.has(w);

/**
 * The one word `b` keeps when it is the first of a compound name `a` of two or more words, every one after
 * it a weighed word and none joining ("Google Podcasts", "Nordstrom Fashion Rewards": a brand or family and
 * what it made), and not an action, a leading verb or a state.
 */
function firstWordOnly(a: readonly string[], b: readonly string[]): string | undefined {
  const [only] = b;
  if (b.length !== 1 || only === undefined || a.length < 2 || a[0] !== only || !weighed(only)) return undefined;
  // What is dropped must name something: a landmark's or widget's role word ("Footer navigation" -> "Footer") is no thing of its own.
  if (!a.slice(1).every((w) => weighed(w) && !JOINING.has(w)) || a.slice(1).every((w) => ROLE_WORDS.has(w))) return undefined;
  return ACTIONS.has(only) || LEADING_VERBS.has(only) || STATE.has(only) ? undefined : only;
}

/** Two values' words that differ in their first word only, with at least two words after it (`mapboxgl-ctrl-zoom-in` / `maplibregl-ctrl-zoom-in`). */
export function sameAfterFirst(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 3 && a.length === b.length && a[0] !== b[0] && a.every((w, i) => i === 0 || w === b[i]);
}

/**
 * Why `found` is not a rename of `lost` but something else, or undefined when it may be a rename.
 * Both are a selector value or an accessible name, in any case style. `dropState: false` lets a state
 * word go unmatched (a test id's words against an element's visible name, which rarely repeats them).
 * `sameElement`: a last-known-good record found the element again, so the old value's filler words
 * ("get", "more") may go; with `onPage` (whether the page still shows a stemmed word anywhere), a word
 * swapped for another is a rename when the page shows the lost words nowhere and the new value keeps a word
 * that is not an action, or, with `keptText`, when the element still shows the text it showed (a test id
 * renamed on an element whose text says what it is).
 */
export function meaningChange(
  lost: string,
  found: string,
  opts: { dropState?: boolean; namespaces?: ReadonlySet<string>; sameElement?: boolean; onPage?: (word: string) => boolean; keptText?: boolean } = {},
): string | undefined {
  // A class's or id's generated hash segments say nothing either way (`c-bZuvTJ-gHfcnC-variant-primary`).
  const a = words(IDENTIFIER.test(lost) && /[-_]/.test(lost) ? authoredPart(lost) : lost);
  const b = words(IDENTIFIER.test(found) && /[-_]/.test(found) ? authoredPart(found) : found);
  // A component library's namespace that the release moved (`mat-tab-label-active` -> `mdc-tab--active`
  // while `mat-tab-label` became `mat-mdc-tab`): the leading short word of a class or id swapped for one
  // the same release put in another value is the library's, not the thing's.
  if (opts.namespaces && !/\s/.test(lost + found) && a.length > 1 && b.length > 1) {
    const [wa, wb] = [a[0] as string, b[0] as string];
    if (wa !== wb && (wa.length <= 4 || sameAfterFirst(a, b)) && opts.namespaces.has(wb) && !b.includes(wa) && !a.includes(wb) && !ACTIONS.has(wa) && !STATE.has(wa)) {
      a.shift();
      b.shift();
    }
  }
  // A value of digits alone names one record (an order, a row, a user): another number is another record.
  if (isRecordNumber(lost.trim()) && lost.trim() !== found.trim()) return `"${lost}" names one record by its number and "${found}" another, not a rename`;
  // A number the old value said (a price, a threshold, a count, a version) that the new one says otherwise:
  // the test asserted that number, and the page now shows another. A value change, never a rename.
  const changedValue = numberChange(lost, found) ?? codeChange(lost, found);
  if (changedValue) return changedValue;
  if (!a.length || !b.length) return undefined;
  // An action word that became the state it leaves ("Follow" -> "Following", "Subscribe" -> "Subscribed"): the action was taken.
  for (const w of a) {
    const state = ACTIONS.has(w) && !b.includes(w) ? b.find((v) => resultOf(w, v)) : undefined;
    if (state) return `"${lost}" is an action and "${found}" the state it leaves ("${w}" / "${state}"), not a rename`;
  }
  // And the other way: a state that became the action leading to it ("Canceled" -> "Cancel order"). After
  // "get" a participle is an action itself ("Get started").
  for (const v of b) {
    const state = ACTIONS.has(v) && !a.includes(v) ? a.find((w, i) => resultOf(v, w) && a[i - 1] !== 'get') : undefined;
    if (state) return `"${lost}" is the state the action "${found}" leaves ("${state}" / "${v}"), not a rename`;
  }
  for (const [i, w] of a.entries()) {
    // "Get started" asks to begin; it names no state.
    if (w === 'started' && a[i - 1] === 'get') continue;
    const other = groupSwap(STATE, w, a, b);
    if (other === undefined || (other === null && opts.dropState === false)) continue;
    return other ? `"${lost}" names the state "${w}" and "${found}" the state "${other}"` : `"${lost}" names the state "${w}" and "${found}" drops it`;
  }
  // A value replaced by a state it did not name, keeping none of its words ("Sent" -> "Paid", "Your shopper is
  // shopping" -> "Delivered at 2:14 PM"): the element now says where the thing stands, not a new name for it.
  const newState = opts.dropState === false ? undefined : b.find((v) => STATE.has(v) && !STYLE_VARIANTS.includes(v) && !a.some((w) => STATE.get(w) === STATE.get(v)));
  if (newState && a.some(weighed) && !a.some((w) => weighed(w) && b.some((v) => related(w, v)))) return `"${found}" names the state "${newState}", which "${lost}" did not, and keeps none of its words: another state, not a rename`;
  // The same in a sentence that keeps its subject ("Your parcel is on its way" -> "Your parcel has been
  // delivered"): what follows the verb says where the thing stands, and none of it was kept.
  const [pa, pb] = [afterCopula(a), afterCopula(b)];
  if (newState && pa && pb?.includes(newState) && pa.some(weighed) && !pa.some((w) => weighed(w) && pb.some((v) => related(w, v)))) {
    return `"${lost}" and "${found}" say where one thing stands, and "${found}" now says "${newState}", keeping nothing of "${lost}"'s status: another state, not a rename`;
  }
  // A negation one value says and the other does not, over a word they share ("Synced" -> "OutOfSync",
  // "Payment received" -> "Payment not received", "No results" -> "Results"): the opposite.
  const [na, nb] = [negation(a), negation(b)];
  if ((na === undefined) !== (nb === undefined) && a.some((w) => !NEGATIONS.has(w) && weighed(w) && b.some((v) => related(w, v)))) {
    return `"${lost}" and "${found}" say the opposite ("${na ?? nb}"), not a rename`;
  }
  // A negation put in a value that keeps none of the old words (one that keeps a word is the opposite, above:
  // "Up to Date" -> "Out of Sync", "Available" -> "Out of stock"): where the thing stands now, said as what it
  // is not. Not for a test id's words against a visible name (dropState false), which share words by chance.
  if (na === undefined && nb !== undefined && opts.dropState !== false) {
    return `"${found}" says "${nb}" where "${lost}" said no such thing, and keeps none of its words: another state, not a rename`;
  }
  // "on" swapped for "off", "in" for "out", "up" for "down" (or back): "Turn on notifications" -> "Turn off
  // notifications", "Zoom in" -> "Zoom out", a monitor's "Up" -> "Down".
  for (const [x, y] of [['on', 'off'], ['off', 'on'], ['in', 'out'], ['out', 'in'], ['up', 'down'], ['down', 'up']] as const) {
    if (a.includes(x) && !a.includes(y) && b.includes(y) && !b.includes(x)) return `"${lost}" says "${x}" and "${found}" says "${y}": the opposite, not a rename`;
  }
  // A particle dropped from a name that keeps a word ("Your order is out for delivery" -> "Your order was
  // delivered", "Turn off alerts" -> "Turn alerts"): it said where the thing stands or which way the action
  // goes. Not when it was joined to a word ("Check out" -> "Checkout", "Log in" -> "Login").
  for (const x of ['out', 'off', 'up', 'down'] as const) {
    if (a.includes(x) && !b.includes(x) && !b.some((v) => v.length > x.length && v.endsWith(x)) && a.some((w) => w !== x && weighed(w) && b.some((v) => related(w, v)))) return `"${lost}" says "${x}" and "${found}" drops it: another state or direction, not a rename`;
  }
  // Without a record that found the element again, two shapes of a status read as a rename and are not:
  // a sentence that said where something stands, cut to a label that keeps part of it ("Your order is out for
  // delivery" -> "Out for delivery", "Your shopper is shopping" -> "Shopping": a tracker's step beside the
  // status, which may have been on the page all along), and a lone state put in a longer text ("Sent" -> "Sent
  // on 3 Dec": an activity line, not the status badge). With a record the other rules judge the same element.
  if (!opts.sameElement && opts.dropState !== false) {
    const state = a.length === 1 && STATE.has(a[0] as string) && b.includes(a[0] as string) && b.length > 1 && /\s/.test(found.trim()) ? a[0] : undefined;
    if (state) return `"${lost}" is the state "${state}" alone and "${found}" a longer text that mentions it (an event or a sentence), not the status renamed`;
    const sentence = /\s/.test(lost.trim()) && a.some((w, i) => COPULAS.has(w) && i > 0 && i < a.length - 1);
    if (sentence && !b.some((v) => COPULAS.has(v)) && b.length < a.length && b.some((v) => weighed(v) && a.includes(v))) {
      return `"${lost}" is a sentence that says where something stands and "${found}" a label that keeps part of it (a step or a heading beside it), not the sentence reworded`;
    }
  }
  // "All" swapped for another scope ("Reply All" -> "Reply List", "Select all" -> "Select page"): the action
  // now reaches other things. Dropped with nothing in its place ("View all" -> "View"), it may be copy.
  const scope = a.includes('all') && !b.includes('all') ? b.find((v) => v.length >= 3 && !a.includes(v) && !FILLERS.has(v)) : undefined;
  if (scope) return `"${lost}" acts on all and "${found}" on "${scope}": another scope, not a rename`;
  // "All" put on an action ("Pause" -> "Pause All", "Mark as read" -> "Mark all as read"): the bulk action that
  // reaches everything, another control. Not on going somewhere ("Show" -> "Show all" may be copy).
  // (A destructive action made total is judged below.)
  const bulk = !a.includes('all') && b.includes('all') ? a.find((w) => ACTIONS.has(w) && !GOING.has(w) && !DESTRUCTIVE.has(w)) : undefined;
  if (bulk) return `"${found}" puts "all" on the action "${bulk}": the bulk action, another control than "${lost}", not a rename`;
  // A check mark says the action was taken ("Add to your wishlist" -> "✓ On Wishlist"): a state, not a rename.
  if (CHECK_MARK.test(found) && !CHECK_MARK.test(lost)) return `"${found}" shows a check mark: the state after an action, not a rename of "${lost}"`;
  // A variant that became another (`btn-block` -> `btn-sm`): another button of the same kind, not the renamed one.
  for (const w of a) {
    const other = groupSwap(VARIANT, w, a, b);
    if (other) return `"${lost}" names the variant "${w}" and "${found}" the variant "${other}": another element of the same kind, not a rename`;
  }
  for (const w of a) {
    for (const v of b) {
      if (a.includes(v) || b.includes(w)) continue;
      const p = prefixed(w, v) ?? prefixed(v, w);
      if (p) return `"${w}" and "${v}" are two things ("${p}-" changes the word), not a rename`;
    }
  }
  // The same prefix written with a hyphen, which splits it off as a word of its own ("favorite" -> "un-favorite").
  const hyphened = hyphenPrefixed(found, a, lost) ?? hyphenPrefixed(lost, b, found);
  if (hyphened) return `"${lost}" and "${found}" are two things ("${hyphened}" puts a prefix on the word), not a rename`;
  // A destructive action made final or total ("Delete" -> "Permanently delete", "Clear" -> "Clear all"):
  // a stronger action than the test took, never its rename.
  const intensified = a.some((w) => DESTRUCTIVE.has(w)) || b.some((v) => DESTRUCTIVE.has(v)) ? b.find((v) => INTENSIFIERS.has(v) && !a.includes(v)) : undefined;
  if (intensified) return `"${found}" makes the action final ("${intensified}"): a stronger action than "${lost}", not a rename`;
  const lostActs = a.filter((w) => isAction(w) && !b.includes(w));
  const foundActs = b.filter((v) => isAction(v) && !a.includes(v));
  for (const w of lostActs) {
    const other = foundActs.find((v) => !synonyms(w, v));
    if (other && !b.some((v) => synonyms(w, v))) return `"${lost}" and "${found}" are two actions ("${w}" / "${other}"), not a rename`;
  }
  // A control whose new name leads with taking the old action back ("Book" -> "Cancel" once the class is booked,
  // "RSVP" -> "Cancel RSVP"): the test's action was taken, and the control now undoes it. Not where the old name
  // was a way out of a dialog ("No thanks" -> "Cancel", "Maybe later" -> "Cancel": the same way out) or
  // destructive (actions such as "Discard" are judged as two actions above).
  const [va, vb] = [a[0] as string, b[0] as string];
  if (TAKES_BACK.has(vb) && !a.includes(vb) && !a.some((w) => DESTRUCTIVE.has(w) || WAYS_OUT.has(w) || synonyms(w, vb))) {
    return `"${found}" takes back ("${vb}") what "${lost}" did: another action, not a rename`;
  }
  // Two names of several words that share none, each led by a verb of its own, the old one acting on
  // something it names ("Get tickets" -> "Join waitlist" on a sold-out event, "Back this project" -> "Manage
  // your pledge" once backed): the control now does something else, even on the element a record found
  // again. Not synonyms ("Log in" / "Sign in": a word shared), not a call to action that names nothing
  // ("Get started", "Learn more": their objects are a state and a filler), and not a test id's words against a
  // visible name (dropState false).
  if (opts.dropState !== false && va !== vb && leadingVerb(va) && leadingVerb(vb) && a.slice(1).some((w) => weighed(w) && !FILLERS.has(w) && !STATE.has(w)) && !a.some((w) => weighed(w) && b.some((v) => related(w, v)))) {
    return `"${lost}" and "${found}" share no word and each is led by a verb of its own ("${va}" / "${vb}"): another action, not a rename`;
  }
  // A test id's words against a visible name (dropState false) share words by chance: only the rules above apply.
  if (opts.dropState === false) return undefined;
  // Only the first word of a longer name kept ("Google Podcasts" -> "Google", "Nordstrom Fashion Rewards" ->
  // "NORDSTROM"): the brand or family the lost thing belonged to, which the page shows anyway (its logo, its
  // home link), not the thing renamed. Not a verb ("Create issue" -> "Create" is the same action), and not
  // when a last-known-good record found the element again (then it is the same element, renamed).
  // Names only: a class or id cut short (`badge-new` -> `badge`) is judged by the rules of its own.
  const kept = /\s/.test(lost.trim()) ? firstWordOnly(a, b) : undefined;
  if (kept && !opts.sameElement) return `"${found}" keeps only "${kept}", the first word of "${lost}": the brand or family it belonged to, not a rename of it`;
  const other = anotherThing(lost, found, a, b, !!opts.sameElement, opts.sameElement ? opts.onPage : undefined, !!opts.keptText);
  if (other) return other;
  // An action put on a name that had none ("Learn" -> "Unlock Learn with Quizlet Plus", "Profile" -> "Edit
  // profile"): the new control does something to what the old one named, it is not the same control.
  // Names only (a class's words are no verb and its object), and the action before what it acts on.
  const acted = a.some((w) => ACTIONS.has(w)) || !/\s/.test(found) ? undefined : b.find((v, i) => ACTIONS.has(v) && !GOING.has(v) && !a.includes(v) && i < b.indexOf(a[0] as string));
  return acted && a.every((w) => b.includes(w))
    ? `"${found}" puts the action "${acted}" on "${lost}", which named no action: another control, not a rename`
    : undefined;
}
