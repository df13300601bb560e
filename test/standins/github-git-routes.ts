// Repository and Git Data routes of the GitHub stand-in: get repo, refs, commits, blobs, trees.
import { GitRefusal, isoNow, type TreeChange } from './github-git.js';
import { notFound, unprocessable, type Handler } from './github-reply.js';
import { gitCommit, gitRef, repository } from './github-shapes.js';

/** The author GitHub records for commits made with the Actions token. */
export function botIdentity(actor: string) {
  return { name: actor, email: `41898282+${actor}@users.noreply.github.com` };
}

function refusing<T>(doc: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof GitRefusal) throw unprocessable(err.message, doc);
    throw err;
  }
}

// git check-ref-format, the parts GitHub enforces for branch names.
function validRefName(ref: string): boolean {
  return (
    /^refs\/[^/]+\/.+/.test(ref) &&
    !/(\.\.|@\{|\/\/|[\s~^:?*[\\\x00-\x1f\x7f])/.test(ref) &&
    !ref.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')) &&
    !/[./]$/.test(ref)
  );
}

const getRepo: Handler = ({ repo, shape }) => ({ status: 200, body: repository(shape, repo) });

const getRef: Handler = ({ repo, params, shape, doc }) => {
  const ref = `refs/${params.ref ?? ''}`;
  const sha = repo.git.refs.get(ref);
  if (!sha) throw notFound(doc);
  return { status: 200, body: gitRef(shape, repo, ref, sha) };
};

const getCommit: Handler = ({ repo, params, shape, doc }) => {
  const commit = repo.git.commits.get(params.commit_sha ?? '');
  if (!commit) throw notFound(doc);
  return { status: 200, body: gitCommit(shape, repo, commit) };
};

const createBlob: Handler = ({ repo, body, shape, doc }) => {
  const content = String(body?.content ?? '');
  const encoding = String(body?.encoding ?? 'utf-8');
  if (encoding !== 'utf-8' && encoding !== 'base64') {
    throw unprocessable(`encoding must be either "utf-8" or "base64", not ${JSON.stringify(encoding)}`, doc);
  }
  if (encoding === 'base64' && !/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(content)) {
    throw unprocessable('content is not valid Base64', doc);
  }
  const sha = repo.git.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
  return { status: 201, body: { url: `${shape.api}/repos/${repo.fullName}/git/blobs/${sha}`, sha } };
};

const createTree: Handler = ({ repo, body, shape, doc }) => {
  const changes = (body?.tree ?? []) as TreeChange[];
  const base = body?.base_tree as string | undefined;
  const sha = refusing(doc, () => repo.git.createTree(base, changes));
  const api = `${shape.api}/repos/${repo.fullName}/git`;
  const tree = repo.git.listing(sha).map((e) => ({ ...e, url: `${api}/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}` }));
  return { status: 201, body: { sha, url: `${api}/trees/${sha}`, tree, truncated: false } };
};

const createCommit: Handler = ({ repo, body, shape, doc, actor }) => {
  const date = isoNow();
  const person = (p: unknown) => {
    const given = p as { name?: string; email?: string; date?: string } | undefined;
    return { ...botIdentity(actor), date, ...given };
  };
  const author = person(body?.author);
  const commit = refusing(doc, () =>
    repo.git.putCommit({
      tree: String(body?.tree),
      parents: (body?.parents ?? []) as string[],
      message: String(body?.message),
      author,
      committer: body?.committer ? person(body.committer) : author,
    }),
  );
  return { status: 201, body: gitCommit(shape, repo, commit) };
};

const createRef: Handler = ({ repo, body, shape, doc }) => {
  const ref = String(body?.ref);
  const sha = String(body?.sha);
  if (!validRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`, doc);
  if (!repo.git.commits.has(sha)) throw unprocessable('Object does not exist', doc);
  if (repo.git.refs.has(ref)) throw unprocessable('Reference already exists', doc);
  repo.git.refs.set(ref, sha);
  return { status: 201, body: gitRef(shape, repo, ref, sha) };
};

const updateRef: Handler = ({ repo, params, body, shape, doc }) => {
  const ref = `refs/${params.ref ?? ''}`;
  const sha = String(body?.sha);
  const current = repo.git.refs.get(ref);
  if (!current) throw unprocessable('Reference does not exist', doc);
  if (!repo.git.commits.has(sha)) throw unprocessable('Object does not exist', doc);
  if (body?.force !== true && !repo.git.isAncestor(current, sha)) throw unprocessable('Update is not a fast forward', doc);
  repo.git.refs.set(ref, sha);
  return { status: 200, body: gitRef(shape, repo, ref, sha) };
};

export const gitRoutes: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}': getRepo,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': getCommit,
  'POST /repos/{owner}/{repo}/git/blobs': createBlob,
  'POST /repos/{owner}/{repo}/git/trees': createTree,
  'POST /repos/{owner}/{repo}/git/commits': createCommit,
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': updateRef,
};
