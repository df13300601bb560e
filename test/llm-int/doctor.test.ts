import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runDoctor, type DoctorCheck } from '../../src/cli/doctor.js';
import { detectGpu, type DetectGpuOptions, type GpuInfo } from '../../src/llm/gpu/index.js';
import { DEFAULT_STANDIN_MODELS, startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';
import { startOllamaStandin, unusedLocalUrl, type OllamaStandin } from '../standins/ollama.js';
import { startRailwayStandIn, type RailwayStandIn } from '../standins/railway.js';
import { startGithubStandin, type GithubStandin } from './github-standin.js';
import { testConfig } from './fixtures.js';

const SMI = '/usr/local/nvidia/bin/nvidia-smi';

// The real detectGpu on a machine made of the H200 host's recorded nvidia-smi output.
const h200 = (o: { env: NodeJS.ProcessEnv }): Promise<GpuInfo> => {
  const fake: DetectGpuOptions = {
    platform: 'linux',
    env: { ...o.env, PATH: '/usr/bin' },
    isFile: async (p) => p === SMI,
    exec: async (file) =>
      file === SMI
        ? { stdout: 'NVIDIA H200, 143771, 143156, 580.159.04\n', stderr: '', exitCode: 0, timedOut: false }
        : { stdout: '', stderr: '', exitCode: null, errorCode: 'ENOENT', timedOut: false },
    readFile: async () => 'NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.159.04  Release Build\n',
    readdir: async () => [],
    graphics: async () => [],
  };
  return detectGpu(fake);
};
const noGpu = (o: { env: NodeJS.ProcessEnv }): Promise<GpuInfo> =>
  detectGpu({ platform: 'linux', env: { ...o.env, PATH: '/usr/bin' }, isFile: async () => false, readFile: async () => { throw new Error('ENOENT'); }, readdir: async () => [], graphics: async () => [] });

const byName = (checks: DoctorCheck[]) => Object.fromEntries(checks.map((c) => [c.name, c]));

describe('healwright doctor', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  let github: GithubStandin;
  let railway: RailwayStandIn;
  let down: string;
  before(async () => {
    [ollama, api, github, railway, down] = await Promise.all([
      startOllamaStandin({ models: ['codellama:34b'], running: [{ name: 'codellama:34b', size: 20_000_000_000, size_vram: 20_000_000_000 }] }),
      startAnthropicStandin({
        models: [...DEFAULT_STANDIN_MODELS, { id: 'claude-opus-4-1', display_name: 'Claude Opus 4.1', lifecycle: 'deprecated', retires_at: '2027-01-05T00:00:00Z' }],
      }),
      startGithubStandin({ token: 'ghs_standinToken000000000000000000000001', repos: ['acme/shop'] }),
      startRailwayStandIn(),
      unusedLocalUrl(),
    ]);
  });
  after(() => Promise.all([ollama.close(), api.close(), github.close(), railway.close()]));

  const working = (): NodeJS.ProcessEnv => ({
    OLLAMA_HOST: ollama.url,
    ANTHROPIC_API_KEY: api.apiKey,
    ANTHROPIC_BASE_URL: api.url,
    GITHUB_TOKEN: 'ghs_standinToken000000000000000000000001',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: github.url,
    RAILWAY_API_URL: railway.url,
    RAILWAY_TOKEN: 'project-token-standin',
    RAILWAY_SERVICE_ID: 'svc-standin',
    RAILWAY_ENVIRONMENT_ID: 'env-standin',
  });
  const json = async (env: NodeJS.ProcessEnv, detect = h200) => {
    const r = await runDoctor({ env, json: true, detectGpu: detect, fetchTimeoutMs: 3000 });
    return { exitCode: r.exitCode, report: JSON.parse(r.output) as { checks: DoctorCheck[]; gpu: Record<string, unknown> } };
  };

  test('nothing configured: exit 0, WARN lines with the next step each (rules-only mode is fine)', async () => {
    // OLLAMA_HOST unset means the default local port; whatever answers there, it is never a FAIL.
    const r = await runDoctor({ env: {}, json: false, detectGpu: noGpu, fetchTimeoutMs: 1000 });
    assert.equal(r.exitCode, 0, r.output);
    assert.match(r.output, /^healwright doctor\n/);
    assert.match(r.output, /\n {2}WARN {2}gpu {11}No GPU found: Ollama would run llama3\.2 on the CPU \(slow\)\./);
    assert.match(r.output, /\n {2}WARN {2}anthropic {5}ANTHROPIC_API_KEY is not set: no cloud fallback when Ollama is missing\.\n {22}next: Optional: export ANTHROPIC_API_KEY=sk-ant-\.\.\.\n/);
    assert.match(r.output, /\n {2}WARN {2}github {8}GITHUB_TOKEN and GITHUB_REPOSITORY are not set.*\n {22}next: Optional: export GITHUB_TOKEN=/);
    assert.match(r.output, /\n {2}WARN {2}railway {7}Neither RAILWAY_TOKEN nor RAILWAY_API_TOKEN is set, so restart-backend cannot redeploy through Railway\.\n {22}next: Optional: export RAILWAY_TOKEN=/);
    assert.doesNotMatch(r.output, /FAIL/);
    assert.match(r.output, /No failures, \d warning\(s\)\. WARN lines are optional/);
  });

  test('everything configured and working: all OK, --json shape, the H200 sizes the model', async () => {
    const { exitCode, report } = await json(working());
    assert.equal(exitCode, 0, JSON.stringify(report, null, 2));
    assert.deepEqual(report.gpu, { name: 'NVIDIA H200', vramTotalMiB: 143771, vramFreeMiB: 143156, driver: '580.159.04', recommendedModel: 'codellama:34b' });
    assert.deepEqual(report.checks.map((c) => [c.name, c.status]), [
      ['gpu', 'OK'], ['ollama', 'OK'], ['ollama-model', 'OK'], ['ollama-gpu', 'OK'], ['anthropic', 'OK'], ['github', 'OK'], ['railway', 'OK'],
    ]);
    for (const c of report.checks) assert.deepEqual(Object.keys(c).sort(), c.next ? ['detail', 'name', 'next', 'status'] : ['detail', 'name', 'status']);
    const c = byName(report.checks);
    assert.equal(c.gpu?.detail, `NVIDIA H200: 143771 MiB total, 143156 MiB free, driver 580.159.04 (nvidia-smi at ${SMI}); recommended Ollama model codellama:34b.`);
    assert.equal(c['ollama-model']?.detail, 'Model codellama:34b is pulled.');
    assert.equal(c['ollama-gpu']?.detail, 'codellama:34b is loaded entirely in GPU memory.');
    assert.equal(c.anthropic?.detail, 'Key accepted; model claude-sonnet-5 (Claude Sonnet 5) is available.');
    assert.equal(c.github?.detail, 'The token can access acme/shop (default branch main, push allowed).');
    assert.equal(c.railway?.detail, 'Token accepted; latest deployment dep-initial is SUCCESS.');
    // Each went through the real client to the stand-in.
    assert.ok(api.requests.some((q) => q.method === 'GET' && q.path === '/v1/models/claude-sonnet-5'));
    const gh = github.requests.at(-1);
    assert.deepEqual([gh?.method, gh?.path, gh?.headers.authorization], ['GET', '/repos/acme/shop', 'token ghs_standinToken000000000000000000000001']);
    assert.ok(railway.requests.some((q) => q.field === 'serviceInstance' && q.status === 200));
  });

  test('text table: the GPU line quotes the H200 record', async () => {
    const r = await runDoctor({ env: working(), json: false, detectGpu: h200, fetchTimeoutMs: 3000 });
    assert.equal(r.exitCode, 0, r.output);
    assert.match(r.output, /\n {2}OK {4}gpu {11}NVIDIA H200: 143771 MiB total, 143156 MiB free, driver 580\.159\.04 .*codellama:34b\.\n/);
  });

  test('configured but broken services FAIL with the fix, exit 1', async () => {
    const env = {
      ...working(),
      OLLAMA_HOST: down,
      ANTHROPIC_API_KEY: 'sk-ant-wrong',
      GITHUB_TOKEN: 'ghp_wrongTokenxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      RAILWAY_TOKEN: 'revoked-project-token',
    };
    const { exitCode, report } = await json(env);
    assert.equal(exitCode, 1);
    const c = byName(report.checks);
    assert.equal(c.ollama?.status, 'FAIL');
    assert.match(c.ollama?.detail ?? '', /Ollama is not reachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    assert.match(c.ollama?.next ?? '', /ollama serve/);
    assert.equal(c.anthropic?.status, 'FAIL');
    assert.match(c.anthropic?.detail ?? '', /Anthropic refused the credentials \(401 authentication_error/);
    assert.match(c.anthropic?.next ?? '', /Check ANTHROPIC_API_KEY/);
    assert.equal(c.github?.status, 'FAIL');
    assert.equal(c.github?.detail, 'GitHub rejected GITHUB_TOKEN (401 Bad credentials).');
    assert.equal(c.railway?.status, 'FAIL');
    assert.match(c.railway?.detail ?? '', /Railway rejected the project token/);
    assert.equal(c.railway?.next, 'Check RAILWAY_TOKEN.');
  });

  test('wrong repo, missing model, retired and deprecated Anthropic models, CPU offload', async () => {
    const cpu = await startOllamaStandin({ models: ['llama3.2:latest'], running: [{ name: 'llama3.2', size: 2_000_000_000, size_vram: 0 }] });
    try {
      const missing = await json({ OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b', GITHUB_TOKEN: 'ghs_standinToken000000000000000000000001', GITHUB_REPOSITORY: 'acme/private-elsewhere', GITHUB_API_URL: github.url, ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url, ANTHROPIC_MODEL: 'claude-3-5-sonnet-20241022' });
      assert.equal(missing.exitCode, 1);
      const m = byName(missing.report.checks);
      assert.deepEqual([m['ollama-model']?.status, m['ollama-model']?.next], ['FAIL', 'ollama pull codellama:13b']);
      assert.equal(m.github?.status, 'FAIL');
      assert.match(m.github?.detail ?? '', /acme\/private-elsewhere was not found with this token \(404\)/);
      assert.equal(m.anthropic?.status, 'FAIL');
      assert.match(m.anthropic?.detail ?? '', /claude-3-5-sonnet-20241022 is retired/);
      assert.match(m.anthropic?.next ?? '', /set ANTHROPIC_MODEL .* Live now: claude-sonnet-5, claude-haiku-4-5/);

      const slow = await json({ OLLAMA_HOST: cpu.url, ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url, ANTHROPIC_MODEL: 'claude-opus-4-1' }, noGpu);
      assert.equal(slow.exitCode, 0, 'CPU offload and a deprecated model are warnings');
      const s = byName(slow.report.checks);
      assert.equal(s['ollama-gpu']?.status, 'WARN');
      assert.equal(s['ollama-gpu']?.detail, 'llama3.2 runs 0% in GPU memory, the rest on the CPU (slow).');
      assert.equal(s.anthropic?.status, 'WARN');
      assert.match(s.anthropic?.detail ?? '', /claude-opus-4-1 is deprecated and retires 2027-01-05/);
      assert.deepEqual(slow.report.gpu, { name: null, vramTotalMiB: null, vramFreeMiB: null, driver: null, recommendedModel: 'llama3.2' });
    } finally {
      await cpu.close();
    }
  });

  test('LLM_FALLBACK_ONLY without a key is a FAIL; skipLlm makes the LLM lines OK', async () => {
    const fb = await json({ LLM_FALLBACK_ONLY: 'true' }, noGpu);
    assert.equal(fb.exitCode, 1);
    assert.equal(byName(fb.report.checks).anthropic?.status, 'FAIL');
    assert.equal(byName(fb.report.checks).ollama?.detail, 'Skipped: LLM_FALLBACK_ONLY=true uses Anthropic only.');

    const r = await runDoctor({ env: { LLM_FALLBACK_ONLY: 'true', OLLAMA_HOST: down }, json: true, config: testConfig({ skipLlm: true }), detectGpu: noGpu });
    assert.equal(r.exitCode, 0);
    const c = byName(JSON.parse(r.output).checks);
    assert.deepEqual([c.ollama?.status, c.anthropic?.status], ['OK', 'OK']);
  });

  test('Railway token without ids warns; ids without a token fail', async () => {
    const tokenOnly = byName((await json({ RAILWAY_TOKEN: 'x', RAILWAY_API_URL: railway.url }, noGpu)).report.checks).railway;
    assert.equal(tokenOnly?.status, 'WARN');
    assert.match(tokenOnly?.detail ?? '', /RAILWAY_SERVICE_ID and RAILWAY_ENVIRONMENT_ID is not/);
    const idsOnly = await json({ RAILWAY_SERVICE_ID: 'svc-standin', RAILWAY_ENVIRONMENT_ID: 'env-standin' }, noGpu);
    assert.equal(idsOnly.exitCode, 1);
    assert.equal(byName(idsOnly.report.checks).railway?.status, 'FAIL');
  });
});
