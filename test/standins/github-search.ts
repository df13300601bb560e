// `GET /search/issues` query language, the part healwright uses: repo:, is:/state:/type:, label:,
// in:title/body, quoted phrases and bare words. Anything else is refused loudly so a client relying
// on an unmodelled qualifier fails in tests instead of silently matching everything.
import type { IssueRecord } from './github-store.js';

export interface SearchQuery {
  repos: string[];
  state?: 'open' | 'closed';
  kind?: 'issue' | 'pr';
  labels: string[];
  /** Fields the text must appear in; default title, body and comments like GitHub. */
  fields: ('title' | 'body' | 'comments')[];
  /** Quoted phrases and bare words; all must match (case-insensitive). */
  terms: string[];
}

export type ParsedSearch = { ok: true; query: SearchQuery } | { ok: false; message: string };

const TOKEN = /(\w[\w-]*):("[^"]*"|\S+)|"([^"]*)"|(\S+)/g;

export function parseSearchQuery(q: string): ParsedSearch {
  const query: SearchQuery = { repos: [], labels: [], fields: [], terms: [] };
  for (const m of q.matchAll(TOKEN)) {
    const [, qualifier, rawValue, phrase, word] = m;
    if (phrase !== undefined) {
      query.terms.push(phrase.toLowerCase());
      continue;
    }
    if (word !== undefined) {
      query.terms.push(word.toLowerCase());
      continue;
    }
    const key = (qualifier ?? '').toLowerCase();
    const value = (rawValue ?? '').replace(/^"|"$/g, '');
    const v = value.toLowerCase();
    if (key === 'repo') query.repos.push(v);
    else if ((key === 'is' || key === 'state') && (v === 'open' || v === 'closed')) query.state = v;
    else if ((key === 'is' || key === 'type') && v === 'issue') query.kind = 'issue';
    else if ((key === 'is' || key === 'type') && (v === 'pr' || v === 'pull-request')) query.kind = 'pr';
    else if (key === 'label') query.labels.push(v);
    else if (key === 'in' && v.split(',').every((f) => f === 'title' || f === 'body' || f === 'comments')) {
      query.fields.push(...(v.split(',') as SearchQuery['fields']));
    } else {
      return { ok: false, message: `the GitHub stand-in does not model the search qualifier ${key}:${value}` };
    }
  }
  if (query.fields.length === 0) query.fields = ['title', 'body', 'comments'];
  return { ok: true, query };
}

export function matchesSearch(issue: IssueRecord, repoFullName: string, q: SearchQuery): boolean {
  if (q.repos.length && !q.repos.includes(repoFullName.toLowerCase())) return false;
  if (q.state && issue.state !== q.state) return false;
  if (q.kind === 'issue' && issue.pull) return false;
  if (q.kind === 'pr' && !issue.pull) return false;
  const labels = issue.labels.map((l) => l.toLowerCase());
  if (!q.labels.every((l) => labels.includes(l))) return false;
  const text = [
    q.fields.includes('title') ? issue.title : '',
    q.fields.includes('body') ? (issue.body ?? '') : '',
    ...(q.fields.includes('comments') ? issue.comments.map((c) => c.body) : []),
  ]
    .join('\n')
    .toLowerCase();
  return q.terms.every((t) => text.includes(t));
}
