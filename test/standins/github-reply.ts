// What a GitHub stand-in route handler gets and gives back, and GitHub's error bodies.
import type { ShapeContext } from './github-shapes.js';
import type { RepoState } from './github-store.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What every handler gets; repository routes get {@link HandlerInput}. */
export interface RequestInput {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (already valid against GitHub's schema), or undefined. */
  body: Record<string, unknown> | undefined;
  shape: ShapeContext;
  /** documentation_url of the operation, for error bodies. */
  doc: string;
  /** Login of the token's user (author of what it creates). */
  actor: string;
  /** Users that may be asked for reviews; undefined: anyone. */
  collaborators?: ReadonlySet<string>;
  /** Every repository of the stand-in (search spans them). */
  repos: ReadonlyMap<string, RepoState>;
  /** The request URL, for pagination links. */
  url: URL;
}

export interface HandlerInput extends RequestInput {
  /** The repository named by the path's {owner}/{repo}. */
  repo: RepoState;
}

/** A `/repos/{owner}/{repo}/...` route. */
export type Handler = (input: HandlerInput) => Reply;
/** A route outside any repository (`/search/issues`). */
export type GlobalHandler = (input: RequestInput) => Reply;

/** Thrown by handlers; the server sends `reply` as is. */
export class ApiFailure extends Error {
  constructor(readonly reply: Reply) {
    super(`GitHub stand-in answered ${reply.status}`);
  }
}

/** One entry of a "Validation Failed" `errors` array, as GitHub sends them. */
export interface GithubFieldError {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
  value?: unknown;
}

export function errorBody(status: number, message: string, doc: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: doc, status: String(status) };
}

export function notFound(doc: string): ApiFailure {
  return new ApiFailure({ status: 404, body: errorBody(404, 'Not Found', doc) });
}

/** 422 with a plain message ("Reference already exists", "Update is not a fast forward"). */
export function unprocessable(message: string, doc: string): ApiFailure {
  return new ApiFailure({ status: 422, body: errorBody(422, message, doc) });
}

/** 422 "Validation Failed" with GitHub's `errors[]`. */
export function validationFailed(errors: GithubFieldError[], doc: string): ApiFailure {
  return new ApiFailure({ status: 422, body: errorBody(422, 'Validation Failed', doc, { errors }) });
}

/** A request GitHub accepts but the stand-in does not model: fail loudly rather than pretend. */
export function notModelled(what: string): ApiFailure {
  return new ApiFailure({
    status: 501,
    body: { message: `the GitHub stand-in does not model ${what}; extend test/standins/github-*.ts` },
  });
}

/** GitHub's limit on issue, pull request and comment bodies. */
export const BODY_LIMIT = 65536;

export function checkBodyLength(resource: string, body: unknown, doc: string): void {
  if (typeof body === 'string' && body.length > BODY_LIMIT) {
    throw validationFailed([{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }], doc);
  }
}

/** `?page`/`per_page` slicing plus GitHub's `link` header (what octokit.paginate follows). */
export function paginate<T>(items: T[], url: URL): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30), 1), 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}
