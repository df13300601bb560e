// Files a Class B patch may never change, whatever allowedPaths says. Each of these runs code or holds
// trust outside the test run (CI pipelines with secrets, build and tool configs, git hooks, containers,
// dependency manifests, credentials), so a proposal built from untrusted page text must never reach them.
// An ordered data table: the first matching rule names the reason.

interface DenyRule {
  /** Short rule id, quoted in the reason so a refusal can be traced to this table. */
  rule: string;
  /** A folder anywhere in the path that denies everything under it. */
  dirs?: readonly string[];
  /** Matched against the file's base name. */
  name?: RegExp;
  /** What the file is: "<path> is <what>", or "<path> is inside <dir>/, <what>" for a folder rule. */
  what: string;
}

const CODE_EXT = String.raw`(?:[cm]?[jt]sx?|json5?|ya?ml|toml)`;

const RULES: readonly DenyRule[] = [
  { rule: 'git', dirs: ['.git'], what: "the repository's own data and hooks" },
  { rule: 'node_modules', dirs: ['node_modules'], what: 'installed dependencies' },
  { rule: 'ci', dirs: ['.github', '.circleci', '.buildkite', '.gitlab'], what: 'CI configuration whose pipelines run with secrets' },
  { rule: 'ci', name: /^(?:\.gitlab-ci\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|bitbucket-pipelines\.yml|\.travis\.yml|appveyor\.yml)$/i, what: 'CI configuration: a pipeline that runs with secrets' },
  { rule: 'hooks', dirs: ['.husky'], what: 'git hooks run on every commit' },
  { rule: 'hooks', name: /^(?:\.?lefthook(?:-local)?\.ya?ml|\.pre-commit-config\.ya?ml|\.lintstagedrc.*|lint-staged\.config\..*|\.gitmodules|\.gitattributes)$/i, what: 'a git hook or git setting, run on commit or checkout' },
  { rule: 'codeowners', name: /^CODEOWNERS$/i, what: 'CODEOWNERS, which decides who must review changes' },
  { rule: 'container', name: /^(?:Dockerfile.*|.*\.dockerfile|Containerfile.*|docker-compose.*|compose\.ya?ml|\.dockerignore)$/i, what: 'a container build or compose file' },
  { rule: 'manifest', name: /^(?:package\.json|deno\.jsonc?|bower\.json|pnpm-workspace\.yaml|lerna\.json|nx\.json|turbo\.json)$/i, what: 'a package manifest that declares dependencies and scripts' },
  { rule: 'lockfile', name: /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock)$/i, what: 'a lockfile' },
  { rule: 'package-manager', name: /^(?:\.npmrc|\.yarnrc(?:\.yml)?|\.pnpmfile\.cjs|\.nvmrc|\.node-version)$/i, what: 'a file that configures the package manager or Node' },
  { rule: 'env', name: /^\.env/i, what: 'an .env file, which may hold secrets' },
  { rule: 'build', name: /^(?:GNUmakefile|makefile|.*\.mk)$/i, what: 'a build file (make)' },
  { rule: 'build', name: /^(?:tsconfig|jsconfig)[\w.-]*\.json$/i, what: 'a configuration file of the TypeScript build' },
  { rule: 'build', name: /^\.babelrc(?:\.[\w]+)?$/i, what: 'a configuration file of the Babel build' },
  {
    rule: 'build',
    name: new RegExp(String.raw`^(?:playwright|healing|vite|vitest|webpack|rollup|babel|next|nuxt|svelte|astro|jest|eslint|postcss|tailwind|esbuild|tsup|remix|gatsby|karma|cypress)[\w.-]*\.config\.${CODE_EXT}$`, 'i'),
    what: 'a configuration file of the build or test tooling, run as code',
  },
  // Any other `<tool>.config.<code>`: tool configs execute when the tool starts.
  { rule: 'build', name: /^[\w.-]+\.config\.[cm]?[jt]sx?$/i, what: 'a configuration file of a tool, run as code when the tool starts' },
];

/** Why a repo-relative posix path may never be patched, or undefined when the hard deny list allows it. */
export function hardDenyReason(rel: string): string | undefined {
  const segments = rel.split('/');
  const base = segments[segments.length - 1] ?? '';
  const dirs = segments.slice(0, -1);
  for (const r of RULES) {
    const dir = r.dirs && dirs.find((d) => r.dirs?.includes(d));
    if (dir || (r.name && r.name.test(base))) {
      const what = dir ? `inside ${dir}/, ${r.what}` : r.what;
      return `${rel} is ${what} (hard-deny rule "${r.rule}"); healwright never patches it, even when allowedPaths lists it`;
    }
  }
  return undefined;
}
