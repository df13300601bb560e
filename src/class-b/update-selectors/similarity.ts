// How close two names are: edit distance, shared words (with a short list of UI synonyms, e.g. a
// "Submit" button that became "Save"), and one name containing the other ("Save" -> "Save changes").

/** Words UIs swap for one another when a control is renamed. Deliberately short: a wrong guess costs a PR. */
const SYNONYMS: string[][] = [
  ['submit', 'save', 'send', 'confirm', 'apply'],
  ['delete', 'remove', 'trash', 'discard'],
  ['new', 'add', 'create', 'insert'],
  ['edit', 'modify', 'change', 'update'],
  ['close', 'dismiss'],
  ['cancel', 'abort'],
  ['login', 'signin', 'logon'],
  ['logout', 'signout', 'logoff'],
  ['signup', 'register', 'join'],
  ['search', 'find', 'lookup'],
  ['download', 'export'],
  ['upload', 'import'],
  ['next', 'continue', 'forward'],
  ['back', 'previous', 'prev'],
  ['settings', 'preferences', 'options'],
  ['choose', 'select', 'pick'],
  ['email', 'mail'],
  ['phone', 'telephone', 'mobile'],
  ['customer', 'client'],
  ['city', 'town'],
  ['start', 'begin'],
  ['reload', 'refresh'],
  ['cart', 'basket', 'bag'],
  ['user', 'profile', 'account'],
  ['btn', 'button'],
  ['main', 'primary'],
];

const SYN = new Map<string, number>();
// Words are compared stemmed (`settings` reads `setting`): each entry is known in both forms.
SYNONYMS.forEach((group, i) => group.forEach((w) => SYN.set(w, i).set(stem(w), i)));

/** Whether two (stemmed) words are UI synonyms of one another. */
export function synonyms(a: string, b: string): boolean {
  const g = SYN.get(a);
  return g !== undefined && g === SYN.get(b);
}

/** "E-mail" is "Email": the one hyphenated spelling copy edits routinely drop (house styles differ on it). */
const E_MAIL = /\b([Ee])-([Mm]ail)/g;

/** A trailing ellipsis, as placeholders end ("Reply…", "Search..."): it says the field waits for input, nothing more. */
const ELLIPSIS = /(?:\u2026|\.{3})$/;

/** Lowercase, whitespace collapsed, "e-mail" spelled "email", no trailing ellipsis. */
export function normalizeName(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase().replace(E_MAIL, '$1$2').replace(ELLIPSIS, '').trimEnd();
}

export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Prefixes that turn a word into another thing (`sub`total, `un`read, `de`activate, `in`active). */
export const MEANING_PREFIXES = ['sub', 'un', 'in', 'im', 'non', 'dis', 'de', 're', 'pre', 'post', 'mis', 'anti', 'counter', 'over', 'under', 'super', 'semi', 'multi', 'co'];

/**
 * Whether two words that start with different letters are two words, not spellings of one: spellings keep
 * their first letter (colour / color, cancelled / canceled), and one letter more in front makes another
 * word ("uplay" / "play"). Not when the longer is the shorter under a front part of its own: a meaning
 * prefix ("uninstall" / "install", "subtotal" / "total": the meaning rules in meaning.ts say why it is
 * another thing, and it still stands as a rival) or a compound's first part that a release dropped or
 * replaced and kept its head ("adlists" / "lists", "bitlinks" / "links", "mailboxes" / "inboxes").
 */
function otherFront(a: string, b: string): boolean {
  if (a[0] === b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // The head both compounds keep, five letters or more, after a first part of two letters or more.
  let head = 0;
  while (head < short.length && short[short.length - 1 - head] === long[long.length - 1 - head]) head++;
  if (head >= 5 && long.length - head >= 2) return false;
  return !MEANING_PREFIXES.some((p) => long.startsWith(p) && long[p.length] === short[0]);
}

/**
 * Nouns written as a verb, a hyphen and a particle: "Add-ons" and "Add-ins" (extensions) are not an "add"
 * action, "Plug-ins" not a "plug", "Pop-ups" not a "pop". Read as one word, like "sign in" below. Only
 * these: elsewhere the particle carries the meaning ("zoom-in" / "zoom-out", "opt-in" / "opt-out").
 */
const PARTICLE_COMPOUND = /\b(add|plug|pop)-(ons?|ins?|ups?)(?![A-Za-z0-9])/gi;

/** Whole words of a text, lower case: runs of letters or digits in any script (`GitHub` stays one word, unlike {@link words}). */
export const wholeWords = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words of a name or an identifier (`contactsTotal`, `save-btn`, `Sign in`), stemmed. */
export function words(s: string): string[] {
  const split = s
    .replace(E_MAIL, '$1$2')
    .replace(PARTICLE_COMPOUND, '$1$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);
  // "sign in" / "log in" read as one word so that they meet their synonyms.
  const merged: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const w = split[i] as string;
    const next = split[i + 1];
    if ((w === 'sign' || w === 'log') && (next === 'in' || next === 'out' || next === 'up' || next === 'on' || next === 'off')) {
      merged.push(w + next);
      i++;
    } else merged.push(w);
  }
  return phrasesAsWords(merged);
}

/**
 * Phrases UIs use for one another, each read as one word of a synonym group (or one of its own), so
 * that a copy edit between them is a rename: "Create account" is "Sign up", "Make a copy" is
 * "Duplicate", "ZIP code" is "Postcode", "Keep me signed in" is "Remember me"; and the names of products
 * their vendors renamed ("Bard" is "Gemini", "G Suite" is "Google Workspace", "Sign in with Twitter" is
 * "Sign in with X"), the old name and the new one read as one word. Stemmed words; where
 * two phrases start alike, the longer is listed first. Like SYNONYMS, deliberately short: each is a wording of the same control or field in
 * common UI copy, never two things ("Search products" and "Search orders" stay apart).
 */
const PHRASES: [string[], string][] = (
  [
    ['create an account', 'register'], ['open an account', 'register'], ['create account', 'register'],
    ['make a copy', 'duplicate'],
    ['zip code', 'postcode'], ['postal code', 'postcode'], ['post code', 'postcode'], ['zipcode', 'postcode'], ['zip', 'postcode'],
    ['keep me signed in', 'rememberme'], ['keep me logged in', 'rememberme'], ['stay signed in', 'rememberme'], ['stay logged in', 'rememberme'], ['remember me', 'rememberme'],
    ['forgot your password', 'passwordreset'], ['forgotten your password', 'passwordreset'], ['reset your password', 'passwordreset'],
    ['forgot password', 'passwordreset'], ['forgotten password', 'passwordreset'], ['reset password', 'passwordreset'],
    ['shopping cart', 'cart'], ['shopping basket', 'cart'], ['shopping bag', 'cart'], ['your cart', 'cart'], ['your basket', 'cart'], ['your bag', 'cart'],
    ['my cart', 'cart'], ['my basket', 'cart'], ['my bag', 'cart'],
    ['check out', 'checkout'],
    ['contact us', 'contact'], ['get in touch', 'contact'],
    ['terms of service', 'term'], ['terms of use', 'term'], ['terms and conditions', 'term'],
    ['move to the trash', 'trash'], ['move to trash', 'trash'], ['move to bin', 'trash'],
    // Products and features that were renamed, as their own vendors announced it: a release that follows
    // renames the link, tab or button and nothing in the words links the two names. Written as `words`
    // reads them: camelCase is split first (`YouTube` is "you tube", `AdWords` "ad words").
    ['xbmc', 'kodi'],
    ['uber conference', 'dialpadmeeting'], ['uberconference', 'dialpadmeeting'], ['dialpad meetings', 'dialpadmeeting'],
    ['log dna', 'mezmo'], ['logdna', 'mezmo'],
    ['nexmo', 'vonage'],
    ['car2go', 'sharenow'], ['drive now', 'sharenow'], ['drivenow', 'sharenow'], ['share now', 'sharenow'],
    ['ebates', 'rakuten'],
    ['apple pay cash', 'applecash'], ['apple cash', 'applecash'],
    ['google play movies tv', 'googletv'], ['google play movies', 'googletv'], ['play movies tv', 'googletv'], ['play movies', 'googletv'], ['google tv', 'googletv'],
    ['message bird', 'bird'], ['messagebird', 'bird'],
    ['currys pc world', 'curry'],
    ['transfer wise', 'wise'], ['transferwise', 'wise'],
    ['credit karma tax', 'cashapptaxes'], ['cash app taxes', 'cashapptaxes'], ['square cash', 'cashapp'], ['cash app', 'cashapp'],
    ['weight watchers', 'ww'],
    ['dunkin donuts', 'dunkin'],
    ['zeit now', 'vercel'], ['zeit', 'vercel'],
    ['wunderlist', 'microsofttodo'], ['microsoft to do', 'microsofttodo'], ['microsoft todo', 'microsofttodo'],
    ['microsoft flow', 'powerautomate'], ['power automate', 'powerautomate'],
    ['yammer', 'vivaengage'], ['viva engage', 'vivaengage'],
    ['google hangouts', 'googlechat'], ['hangouts chat', 'googlechat'], ['google talk', 'googlechat'], ['gtalk', 'googlechat'], ['google chat', 'googlechat'],
    ['google duo', 'googlemeet'],
    ['google my business', 'googlebusinessprofile'], ['google business profile', 'googlebusinessprofile'],
    ['amazon elasticsearch service', 'opensearchservice'], ['amazon elasticsearch', 'opensearchservice'], ['amazon opensearch service', 'opensearchservice'], ['opensearch service', 'opensearchservice'],
    ['amazon prime music', 'amazonmusic'], ['prime music', 'amazonmusic'], ['amazon music', 'amazonmusic'],
    ['twitch prime', 'primegaming'], ['prime gaming', 'primegaming'],
    ['xbox live gold', 'gamepasscore'], ['game pass core', 'gamepasscore'],
    ['itunes connect', 'appstoreconnect'], ['i tunes connect', 'appstoreconnect'], ['app store connect', 'appstoreconnect'],
    ['mobile me', 'icloud'], ['mobileme', 'icloud'], ['i cloud', 'icloud'],
    ['android wear', 'wearos'], ['wear os', 'wearos'],
    ['samsung pay', 'samsungwallet'], ['samsung wallet', 'samsungwallet'],
    ['azure sentinel', 'microsoftsentinel'], ['microsoft sentinel', 'microsoftsentinel'],
    ['azure security center', 'defenderforcloud'], ['microsoft defender for cloud', 'defenderforcloud'], ['defender for cloud', 'defenderforcloud'],
    ['azure purview', 'microsoftpurview'], ['microsoft purview', 'microsoftpurview'],
    ['team foundation server', 'azuredevopsserver'], ['azure devops server', 'azuredevopsserver'], ['azure dev ops server', 'azuredevopsserver'], ['visual studio online', 'azuredevops'],
    ['lync', 'microsoftteams'],
    ['zopim', 'zendeskchat'], ['zendesk chat', 'zendeskchat'],
    ['hackpad', 'dropboxpaper'], ['dropbox paper', 'dropboxpaper'],
    ['go to meeting', 'gotomeeting'], ['goto meeting', 'gotomeeting'], ['gotomeeting', 'gotomeeting'],
    ['google domains', 'squarespacedomains'], ['squarespace domains', 'squarespacedomains'],
    ['zen payroll', 'gusto'], ['zenpayroll', 'gusto'],
    ['musical ly', 'tiktok'], ['musically', 'tiktok'], ['tik tok', 'tiktok'],
    ['weixin', 'wechat'], ['we chat', 'wechat'],
    ['oculus quest', 'metaquest'], ['oculus', 'metaquest'], ['meta quest', 'metaquest'],
    ['hbo max', 'max'],
    ['windows live id', 'microsoftaccount'], ['microsoft account', 'microsoftaccount'],
    ['on twitter', 'onx'], ['on x', 'onx'], ['with twitter', 'withx'], ['with x', 'withx'], ['tweet', 'post'], ['retweet', 'repost'],
    ['bard', 'gemini'],
    ['bing chat enterprise', 'copilot'], ['bing chat', 'copilot'], ['microsoft copilot', 'copilot'],
    ['g suite', 'googleworkspace'], ['gsuite', 'googleworkspace'], ['google apps for work', 'googleworkspace'], ['google workspace', 'googleworkspace'], ['google apps', 'googleworkspace'],
    ['azure active directory', 'entraid'], ['azure ad', 'entraid'], ['microsoft entra id', 'entraid'], ['entra id', 'entraid'],
    ['google data studio', 'lookerstudio'], ['data studio', 'lookerstudio'], ['looker studio', 'lookerstudio'],
    ['android pay', 'googlepay'], ['google pay', 'googlepay'],
    ['office 365', 'microsoft365'], ['microsoft 365', 'microsoft365'],
    ['hangouts meet', 'googlemeet'], ['google meet', 'googlemeet'],
    ['skype for business', 'microsoftteams'], ['microsoft teams', 'microsoftteams'],
    ['visual studio team services', 'azuredevops'], ['azure devops', 'azuredevops'], ['azure dev ops', 'azuredevops'],
    ['google play music', 'youtubemusic'], ['youtube music', 'youtubemusic'], ['you tube music', 'youtubemusic'],
    ['youtube red', 'youtubepremium'], ['you tube red', 'youtubepremium'], ['youtube premium', 'youtubepremium'], ['you tube premium', 'youtubepremium'],
    ['webmaster tools', 'searchconsole'], ['search console', 'searchconsole'],
    ['google adwords', 'googleads'], ['google ad words', 'googleads'], ['adwords', 'googleads'], ['ad words', 'googleads'], ['google ads', 'googleads'],
    ['windows defender', 'microsoftdefender'], ['microsoft defender', 'microsoftdefender'],
    ['apple id', 'appleaccount'], ['apple account', 'appleaccount'],
    ['mac os x', 'macos'], ['os x', 'macos'], ['mac os', 'macos'],
    ['facebook messenger', 'messenger'],
    ['amazon video', 'primevideo'], ['prime video', 'primevideo'],
    ['android market', 'googleplay'], ['google play store', 'googleplay'], ['google play', 'googleplay'], ['play store', 'googleplay'],
    ['jira service desk', 'jiraservicemanagement'], ['jira service management', 'jiraservicemanagement'],
    ['hotmail', 'outlook'],
    ['skydrive', 'onedrive'], ['sky drive', 'onedrive'], ['one drive', 'onedrive'],
    ['windows store', 'microsoftstore'], ['microsoft store', 'microsoftstore'],
    ['xbox live', 'xboxnetwork'], ['xbox network', 'xboxnetwork'],
    ['dynamics crm', 'dynamics365'], ['dynamics 365', 'dynamics365'],
    ['azure cognitive services', 'azureaiservices'], ['azure ai services', 'azureaiservices'],
    ['google cloud platform', 'googlecloud'], ['google cloud', 'googlecloud'],
    ['github package registry', 'githubpackages'], ['git hub package registry', 'githubpackages'], ['github packages', 'githubpackages'], ['git hub packages', 'githubpackages'],
  ] as const
)
  .map(([phrase, word]): [string[], string] => [phrase.split(' ').map(stem), word]);

function phrasesAsWords(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const hit = PHRASES.find(([p]) => p.every((w, k) => ws[i + k] === w));
    if (hit) {
      out.push(hit[1] + PHRASE_MARK);
      i += hit[0].length;
    } else out.push(ws[i++] as string);
  }
  return out;
}

/**
 * A segment of a class or id that a build tool generated: a hash of five or more letters and digits mixing
 * both (`Xy7Qa`, `9ox3q1`), or of five to eight letters that starts lower-case and puts its capitals in two
 * or more runs, as CSS-in-JS libraries print them (Stitches' `bZuvTJ`, styled-components' `bdVaJa`); an
 * author's camelCase has one capital a word (`payButton`), an acronym one run (`myURL`).
 */
function generatedSegment(seg: string): boolean {
  if (seg.length < 5 || !/^[A-Za-z0-9]+$/.test(seg)) return false;
  if (/\d/.test(seg)) return /[A-Za-z]/.test(seg);
  return seg.length <= 8 && /^[a-z]/.test(seg) && (seg.match(/[A-Z]+/g) ?? []).length >= 2;
}

/**
 * A class or id with the parts a build tool generates taken out: hash segments (see generatedSegment) and
 * the `module` word of CSS Modules names. What stays is what the author wrote: `SubscribeForm_submit__Xy7Qa`
 * and `SubscribeForm-module__k9Lp2a__submit` (the same class after a bundler changed its naming scheme) both
 * read `SubscribeForm-submit`; Stitches' `c-bZuvTJ-gHfcnC-variant-primary` reads `c-variant-primary`.
 */
export function authoredPart(v: string): string {
  return v
    .split(/[-_]+/)
    .filter((seg) => seg !== '' && seg !== 'module' && !generatedSegment(seg))
    .join('-');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** 1 - distance / longer length. */
export function editRatio(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - levenshtein(a, b) / n;
}

/** A phrase read as one word (see PHRASES) is marked, so that it meets its word as a synonym does, never as the word itself. */
const PHRASE_MARK = '~';
export const unmarked = (w: string) => (w.endsWith(PHRASE_MARK) ? w.slice(0, -1) : w);

function wordScore(a: string, b: string, literal: boolean): number {
  if (a === b && !a.endsWith(PHRASE_MARK)) return 1;
  const [ua, ub] = [unmarked(a), unmarked(b)];
  if (ua === ub || (!literal && synonyms(ua, ub))) return 0.85;
  if (a.length >= 4 && b.length >= 4 && !otherFront(a, b)) {
    const r = editRatio(a, b);
    if (r >= 0.75) return r * 0.9;
  }
  return 0;
}

/** Harmonic mean of how well each side's words are covered by the other's; `literal`: the same words or spellings only, no synonyms. */
export function wordOverlap(a: string[], b: string[], literal = false): number {
  if (!a.length || !b.length) return 0;
  const cover = (x: string[], y: string[]) => x.reduce((sum, w) => sum + Math.max(0, ...y.map((v) => wordScore(w, v, literal))), 0) / x.length;
  const p = cover(a, b);
  const r = cover(b, a);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The words a test id's parts use to say the element shows an item's name, written as one. Not "text": a card's `-text` is its body, beside its `-title`. */
const TEXT_KIND = /(^|[-_])(?:title|label|caption)(?=$|[-_])/gi;
const HAS_TEXT_KIND = /(?:^|[-_])(?:title|label|caption)(?:$|[-_])/i;

/**
 * {@link nameSimilarity} for a test id: a value that names its element as the item's title (`todo-title`)
 * is compared with title, label and caption as one word, so `todo-item-label` (the item's text) reads
 * closer than `todo-item` (the item), which only the letters of "title" and "item" made alike. Test ids
 * only: classes style a card's `-title` and `-label` (a badge) as two things.
 */
export function identifierSimilarity(wanted: string, candidate: string): number {
  if (!HAS_TEXT_KIND.test(wanted)) return nameSimilarity(wanted, candidate);
  return nameSimilarity(wanted.replace(TEXT_KIND, '$1label'), candidate.replace(TEXT_KIND, '$1label'));
}

/** 0..1: how likely `candidate` is the renamed `wanted`. */
export function nameSimilarity(wanted: string, candidate: string): number {
  const a = normalizeName(wanted);
  const b = normalizeName(candidate);
  if (!a || !b) return 0;
  if (a === b) return 1;
  // Words of the names as written: lower-casing first would lose camelCase (`emailAddress`).
  const [wa, wb] = [words(wanted), words(candidate)];
  // One-word names apart only by letters in front are two words (see otherFront). Names of several words
  // may differ in front by a namespace (`ui-state-highlight` / `p-highlight`): their letters count.
  const edit = wa.length > 1 || wb.length > 1 || !otherFront(a, b) ? editRatio(a, b) : 0;
  const overlap = wordOverlap(wa, wb);
  let contain = 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && new RegExp(`(^|\\W)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(long)) contain = 0.6 + 0.3 * (short.length / long.length);
  const acronym = isAcronymOf(wanted, candidate) || isAcronymOf(candidate, wanted) ? ACRONYM : 0;
  const badge = countBadgeOf(a, b) || countBadgeOf(b, a) ? COUNT_BADGE : 0;
  return Math.max(edit, overlap, contain, acronym, badge);
}

/**
 * The score of a name that only gained (or lost) a count badge or an amount: "Filters" -> "Filters 2",
 * "Inbox" -> "Inbox (3)", "Pay" -> "Pay $24.00".
 */
const COUNT_BADGE = 0.95;
/** One number of its own, as badges and amounts show it: `2`, `(3)`, `[12]`, `99+`, `$24.00`, `€5,50`. */
const COUNT_TOKEN = /(?:^| )[([]?[$€£¥]?\d{1,5}(?:[.,]\d{1,2})?\+?[)\]]?(?= |$)/;

/**
 * Whether `badged` is `plain` (normalised, no digit in it) with one count of its own beside it, the way a
 * badge of unread items or active filters joins a control's name. A name that already held a number names
 * a record or a step by it (see meaning.ts), so it never counts.
 */
function countBadgeOf(plain: string, badged: string): boolean {
  if (/\d/.test(plain) || !COUNT_TOKEN.test(badged)) return false;
  return badged.replace(COUNT_TOKEN, ' ').replace(/ +/g, ' ').trim() === plain;
}

/** The score of a name written as the initials of the other ("FAQs" for "Frequently asked questions"): a synonym's. */
const ACRONYM = 0.85;
const ACRONYM_FILLERS = new Set(['a', 'an', 'and', 'for', 'of', 'the', 'to', 'in', 'on', '&']);

/**
 * Whether `short` is written as the initials of `long`'s words, in capitals, with or without its little
 * words and a plural `s` ("FAQs" / "Frequently asked questions", "ToS" / "Terms of service" reads "TOS"
 * only when written in capitals, "T&C" is not read). At least two words and two letters.
 */
function isAcronymOf(short: string, long: string): boolean {
  const letters = short.trim().replace(/(?<=[A-Z])s$/, '');
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  const all = long.split(/[^A-Za-z&]+/).filter(Boolean);
  if (all.length < 2) return false;
  const initials = (ws: string[]) => ws.map((w) => (w[0] as string).toUpperCase()).join('');
  return initials(all) === letters || initials(all.filter((w) => !ACRONYM_FILLERS.has(w.toLowerCase()))) === letters;
}
