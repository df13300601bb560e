// Git Data API steps shared by "open a PR" and "push to a PR branch": one commit with the given files
// on top of a parent commit, made without a local clone or push.
import type { Octokit } from './octokit.js';
import { GithubError } from './errors.js';

/** One file of a commit, with its full new content. */
export interface FileChange {
  /** Repository-relative path with forward slashes, e.g. `e2e/login.spec.ts`. */
  path: string;
  /** Full UTF-8 content. */
  content: string;
}

/** Runs one API call, turning its failure into a typed error that names `what`. */
export type CallStep = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The path as git stores it; refuses absolute paths, `..` and empty segments before any request. */
export function normalizeRepoPath(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const parts = p.split('/');
  if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || parts.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
    throw new GithubError(
      `Refusing to commit ${JSON.stringify(path)}: a file path must be relative to the repository root, ` +
        'with forward slashes and no empty, "." or ".." segments (e.g. e2e/login.spec.ts).',
    );
  }
  return p;
}

/** Creates blobs, a tree on top of `parentSha`'s tree and a commit; returns the new commit's sha. */
export async function commitFiles(
  octokit: Octokit,
  target: RepoRef,
  call: CallStep,
  change: { parentSha: string; files: FileChange[]; message: string },
): Promise<string> {
  if (change.files.length === 0) {
    throw new GithubError('Nothing to commit: the change has no files. Pass at least one { path, content }.');
  }
  const files = change.files.map((f) => ({ path: normalizeRepoPath(f.path), content: f.content }));
  const parent = await call(`reading commit ${change.parentSha}`, () =>
    octokit.rest.git.getCommit({ ...target, commit_sha: change.parentSha }),
  );
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
  for (const file of files) {
    // base64 keeps every byte of the content as given (utf-8 blobs would too, but not for odd encodings).
    const blob = await call(`uploading ${file.path}`, () =>
      octokit.rest.git.createBlob({ ...target, content: Buffer.from(file.content, 'utf8').toString('base64'), encoding: 'base64' }),
    );
    tree.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
  }
  const newTree = await call('creating the tree', () =>
    octokit.rest.git.createTree({ ...target, base_tree: parent.data.tree.sha, tree }),
  );
  const commit = await call('creating the commit', () =>
    octokit.rest.git.createCommit({ ...target, message: change.message, tree: newTree.data.sha, parents: [change.parentSha] }),
  );
  return commit.data.sha;
}
