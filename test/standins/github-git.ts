// The GitHub stand-in's object database: blobs, trees, commits and refs with the SHAs git itself would
// compute, so tests can compare them with `git hash-object` and reason about ancestry like GitHub does.
import { createHash } from 'node:crypto';

export type FileMode = '100644' | '100755' | '120000';

/** A file in a tree, by its full path from the tree's root. */
export interface TreeFile {
  mode: FileMode;
  sha: string;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

/** One change of a createTree call (already validated against GitHub's schema). */
export interface TreeChange {
  path: string;
  mode: string;
  type: string;
  sha?: string | null;
  content?: string;
}

/** A top-level entry of a tree, the way `POST /git/trees` lists it. */
export interface TreeListing {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
  size?: number;
}

/** Thrown for a change GitHub refuses; the handler turns it into a 422 with this message. */
export class GitRefusal extends Error {}

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** Git's tree order: names compare as bytes, a directory as if it ended in '/'. */
function treeOrder(a: { name: string; dir: boolean }, b: { name: string; dir: boolean }): number {
  const ka = a.dir ? `${a.name}/` : a.name;
  const kb = b.dir ? `${b.name}/` : b.name;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  /** Every tree (including subtrees) as a flat map of full path -> file. */
  readonly trees = new Map<string, Map<string, TreeFile>>();
  readonly commits = new Map<string, GitCommit>();
  /** `refs/heads/main` -> commit sha. */
  readonly refs = new Map<string, string>();

  putBlob(content: Buffer): string {
    const sha = hashObject('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  /** Stores a tree and all its subtrees; returns the root's sha. */
  putTree(files: Map<string, TreeFile>): string {
    const children = new Map<string, Map<string, TreeFile>>();
    const entries: { name: string; dir: boolean; mode: string; sha: string }[] = [];
    for (const [path, file] of files) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        entries.push({ name: path, dir: false, mode: file.mode, sha: file.sha });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!children.has(dir)) children.set(dir, new Map());
      children.get(dir)?.set(path.slice(slash + 1), file);
    }
    for (const [name, sub] of children) entries.push({ name, dir: true, mode: '40000', sha: this.putTree(sub) });
    entries.sort(treeOrder);
    const body = Buffer.concat(entries.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])));
    const sha = hashObject('tree', body);
    this.trees.set(sha, new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))));
    return sha;
  }

  /** `POST /git/trees`: applies the changes on top of `baseTree` (or an empty tree). */
  createTree(baseTree: string | undefined, changes: TreeChange[]): string {
    let files = new Map<string, TreeFile>();
    if (baseTree !== undefined) {
      const base = this.trees.get(baseTree);
      if (!base) throw new GitRefusal('base_tree is not a valid tree oid');
      files = new Map(base);
    }
    for (const change of changes) {
      const path = change.path.replace(/^\/+|\/+$/g, '');
      if (!path) throw new GitRefusal('tree.path cannot be blank');
      if (change.sha !== undefined && change.content !== undefined) {
        throw new GitRefusal('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
      }
      const under = (p: string) => p === path || p.startsWith(`${path}/`);
      if (change.sha === null) {
        if (![...files.keys()].some(under)) throw new GitRefusal(`tree.path ${path} does not exist in base_tree`);
        for (const p of [...files.keys()]) if (under(p)) files.delete(p);
        continue;
      }
      if (change.type === 'commit' || change.mode === '160000') throw new GitRefusal('the GitHub stand-in does not model submodules');
      if (change.type === 'tree' || change.mode === '040000') {
        const sub = change.sha ? this.trees.get(change.sha) : undefined;
        if (!sub) throw new GitRefusal(`tree.sha ${String(change.sha)} is not a valid tree`);
        for (const p of [...files.keys()]) if (under(p)) files.delete(p);
        for (const [p, f] of sub) files.set(`${path}/${p}`, f);
        continue;
      }
      let sha: string;
      if (change.content !== undefined) sha = this.putBlob(Buffer.from(change.content, 'utf8'));
      else if (change.sha && this.blobs.has(change.sha)) sha = change.sha;
      else throw new GitRefusal(`tree.sha ${String(change.sha)} is not a valid blob`);
      for (const p of [...files.keys()]) if (p.startsWith(`${path}/`)) files.delete(p);
      files.set(path, { mode: change.mode as FileMode, sha });
    }
    return this.putTree(files);
  }

  /** The top-level entries of a tree, as `POST /git/trees` returns them. */
  listing(treeSha: string): TreeListing[] {
    const files = this.trees.get(treeSha) ?? new Map<string, TreeFile>();
    const out: TreeListing[] = [];
    const dirs = new Map<string, Map<string, TreeFile>>();
    for (const [path, file] of files) {
      const [head = '', ...rest] = path.split('/');
      if (rest.length === 0) {
        out.push({ path, mode: file.mode, type: 'blob', sha: file.sha, size: this.blobs.get(file.sha)?.length ?? 0 });
        continue;
      }
      if (!dirs.has(head)) dirs.set(head, new Map());
      dirs.get(head)?.set(rest.join('/'), file);
    }
    for (const [path, sub] of dirs) out.push({ path, mode: '040000', type: 'tree', sha: this.putTree(sub) });
    return out.sort((a, b) => treeOrder({ name: a.path, dir: a.type === 'tree' }, { name: b.path, dir: b.type === 'tree' }));
  }

  putCommit(input: Omit<GitCommit, 'sha'>): GitCommit {
    if (!this.trees.has(input.tree)) throw new GitRefusal('Tree SHA does not exist');
    for (const p of input.parents) {
      if (!this.commits.has(p)) throw new GitRefusal('Parent SHA does not exist or is not a commit object');
    }
    const stamp = (p: GitPerson) => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
    const text = [
      `tree ${input.tree}`,
      ...input.parents.map((p) => `parent ${p}`),
      `author ${stamp(input.author)}`,
      `committer ${stamp(input.committer)}`,
      '',
      input.message,
    ].join('\n');
    const commit = { ...input, sha: hashObject('commit', Buffer.from(text, 'utf8')) };
    this.commits.set(commit.sha, commit);
    return commit;
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length) {
      const sha = queue.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** Every file of a commit, decoded as UTF-8. */
  filesAt(commitSha: string): Record<string, string> {
    const commit = this.commits.get(commitSha);
    const files = commit ? this.trees.get(commit.tree) : undefined;
    const out: Record<string, string> = {};
    for (const [path, file] of files ?? []) out[path] = this.blobs.get(file.sha)?.toString('utf8') ?? '';
    return out;
  }

  /** A first commit with these files on `branch`. */
  seed(branch: string, files: Record<string, string>, person: Omit<GitPerson, 'date'>): GitCommit {
    const tree = this.createTree(
      undefined,
      Object.entries(files).map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
    );
    const who = { ...person, date: isoNow() };
    const commit = this.putCommit({ tree, parents: [], message: 'Initial commit', author: who, committer: who });
    this.refs.set(`refs/heads/${branch}`, commit.sha);
    return commit;
  }
}
