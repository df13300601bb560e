import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  detectGpu,
  execFileResult,
  formatGpuReport,
  type DetectGpuOptions,
  type ExecResult,
  type GraphicsController,
} from '../../src/llm/gpu/index.js';
import { timerOf } from '../helpers/timer.js';

const fixture = (name: string) => readFileSync(new URL(`../data/gpu/${name}`, import.meta.url), 'utf8');
const ok = (stdout: string): ExecResult => ({ stdout, stderr: '', exitCode: 0, timedOut: false });

interface FakeSystem {
  files?: string[];
  results?: Record<string, ExecResult>;
  proc?: string;
  graphics?: GraphicsController[] | Error;
  dirs?: Record<string, string[]>;
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
}

/** A machine made of recorded outputs; `calls` records every program run. */
function fake(sys: FakeSystem) {
  const calls: { file: string; args: string[]; timeoutMs: number }[] = [];
  let graphicsCalls = 0;
  const options: DetectGpuOptions = {
    platform: sys.platform ?? 'linux',
    env: sys.env ?? { PATH: '/usr/local/sbin:/usr/local/bin:/usr/bin' },
    timeoutMs: 1234,
    isFile: async (p) => (sys.files ?? []).includes(p),
    exec: async (file, args, { timeoutMs }) => {
      calls.push({ file, args, timeoutMs });
      return sys.results?.[file] ?? { stdout: '', stderr: '', exitCode: null, errorCode: 'ENOENT', timedOut: false };
    },
    readFile: async (p) => {
      if (p === '/proc/driver/nvidia/version' && sys.proc !== undefined) return sys.proc;
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    },
    readdir: async (p) => {
      const list = sys.dirs?.[p];
      if (!list) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return list;
    },
    graphics: async () => {
      graphicsCalls++;
      if (sys.graphics instanceof Error) throw sys.graphics;
      return sys.graphics ?? [];
    },
  };
  return { options, calls, graphicsCalls: () => graphicsCalls };
}

describe('detectGpu on Linux', () => {
  test('the H200 host: nvidia-smi only in /usr/local/nvidia/bin, driver file present', async () => {
    const smi = '/usr/local/nvidia/bin/nvidia-smi';
    const m = fake({ files: [smi], results: { [smi]: ok(fixture('h200.csv')) }, proc: fixture('proc-driver-version.txt') });
    const info = await detectGpu(m.options);
    assert.deepEqual(info, {
      available: true,
      vendor: 'NVIDIA',
      gpus: [{ name: 'NVIDIA H200', memoryTotalMiB: 143771, memoryFreeMiB: 143156, driverVersion: '580.159.04' }],
      totalVramMiB: 143771,
      driverConfirmed: true,
      source: 'nvidia-smi',
      nvidiaSmiPath: smi,
      recommendedModel: 'codellama:34b',
      reason: 'NVIDIA H200 has 140.4 GiB VRAM (48 GiB class): codellama:34b.',
      errors: [],
    });
    assert.deepEqual(m.calls, [
      {
        file: smi,
        args: ['--query-gpu=name,memory.total,memory.free,driver_version', '--format=csv,noheader,nounits'],
        timeoutMs: 1234,
      },
    ]);
    assert.equal(m.graphicsCalls(), 0, 'systeminformation is not asked when nvidia-smi answered');
  });

  test('PATH comes before the fixed locations', async () => {
    const onPath = '/usr/local/bin/nvidia-smi';
    const m = fake({
      files: [onPath, '/usr/bin/nvidia-smi'],
      results: { [onPath]: ok(fixture('h200.csv')), '/usr/bin/nvidia-smi': ok(fixture('two-gpus.csv')) },
    });
    const info = await detectGpu(m.options);
    assert.equal(info.nvidiaSmiPath, onPath);
    assert.deepEqual(m.calls.map((c) => c.file), [onPath]);
  });

  test('a candidate that disappears (ENOENT) is skipped for the next one', async () => {
    const m = fake({
      files: ['/usr/local/nvidia/bin/nvidia-smi', '/usr/bin/nvidia-smi'],
      results: { '/usr/bin/nvidia-smi': ok(fixture('h200.csv')) },
    });
    const info = await detectGpu(m.options);
    assert.equal(info.nvidiaSmiPath, '/usr/bin/nvidia-smi');
    assert.deepEqual(info.errors, []);
  });

  test('two GPUs: the largest single GPU sizes the model, the total is the sum', async () => {
    const m = fake({ files: ['/usr/bin/nvidia-smi'], results: { '/usr/bin/nvidia-smi': ok(fixture('two-gpus.csv')) } });
    const info = await detectGpu(m.options);
    assert.equal(info.gpus.length, 2);
    assert.equal(info.totalVramMiB, 24564 + 12288);
    assert.equal(info.recommendedModel, 'codellama:13b', 'sized by the 4090, not by the 36 GiB sum');
    assert.match(info.reason, /RTX 4090/);
  });

  test('[N/A] memory: GPU available, model falls back to llama3.2', async () => {
    const m = fake({
      files: ['/usr/bin/nvidia-smi'],
      results: { '/usr/bin/nvidia-smi': ok('NVIDIA A100-SXM4-40GB, [N/A], [N/A], 535.104.05\n') },
    });
    const info = await detectGpu(m.options);
    assert.equal(info.available, true);
    assert.equal(info.totalVramMiB, 0);
    assert.equal(info.recommendedModel, 'llama3.2');
  });

  test('no nvidia-smi anywhere, no GPU: not an error, llama3.2', async () => {
    const m = fake({ graphics: [] });
    const info = await detectGpu(m.options);
    assert.equal(info.available, false);
    assert.equal(info.source, 'none');
    assert.equal(info.recommendedModel, 'llama3.2');
    assert.deepEqual(info.errors, []);
    assert.match(info.reason, /no nvidia-smi in PATH, \/usr\/local\/nvidia\/bin and \/usr\/bin/);
    assert.equal(m.calls.length, 0, 'nothing is run when no candidate exists');
  });

  test('driver loaded but nvidia-smi missing: says so and how to fix it', async () => {
    const m = fake({ proc: fixture('proc-driver-version.txt'), graphics: [{ vendor: 'NVIDIA Corporation', model: 'NVIDIA H200' }] });
    const info = await detectGpu(m.options);
    assert.equal(info.driverConfirmed, true);
    assert.equal(info.source, 'systeminformation');
    assert.deepEqual(info.gpus, [{ name: 'NVIDIA H200', memoryTotalMiB: null, memoryFreeMiB: null, driverVersion: null }]);
    assert.equal(info.recommendedModel, 'llama3.2', 'systeminformation never sizes the model');
    assert.equal(info.errors.length, 1);
    assert.match(info.errors[0] ?? '', /nvidia-smi was not found .*add nvidia-smi to PATH/);
  });

  test('systeminformation vram is ignored even when it reports one', async () => {
    const m = fake({ graphics: [{ vendor: 'NVIDIA Corporation', model: 'NVIDIA H200', vram: 143156 } as GraphicsController] });
    const info = await detectGpu(m.options);
    assert.equal(info.totalVramMiB, 0);
    assert.equal(info.recommendedModel, 'llama3.2');
    assert.match(info.reason, /VRAM unknown without nvidia-smi/);
  });

  test('non-NVIDIA GPU via systeminformation; virtual display adapters are not GPUs', async () => {
    const apple = await detectGpu(fake({ platform: 'darwin', env: { PATH: '/usr/bin' }, graphics: [{ vendor: 'Apple', model: 'Apple M3 Max' }] }).options);
    assert.equal(apple.available, true);
    assert.equal(apple.vendor, 'Apple');
    assert.equal(apple.source, 'systeminformation');
    const vm = await detectGpu(fake({ graphics: [{ vendor: 'VMware', model: 'SVGA II Adapter' }, { vendor: 'ASPEED Technology, Inc.', model: 'ASPEED Graphics Family' }] }).options);
    assert.equal(vm.available, false);
  });

  test('systeminformation failing is reported, not thrown', async () => {
    const info = await detectGpu(fake({ graphics: new Error('lspci: command not found') }).options);
    assert.equal(info.available, false);
    assert.match(info.errors.join('\n'), /Could not list graphics controllers: lspci: command not found/);
  });

  test('"NVIDIA-SMI has failed" (exit 9) -> error about the driver', async () => {
    const smi = '/usr/bin/nvidia-smi';
    const m = fake({ files: [smi], results: { [smi]: { stdout: fixture('driver-failed.txt'), stderr: '', exitCode: 9, timedOut: false } } });
    const info = await detectGpu(m.options);
    assert.equal(info.available, false);
    assert.equal(info.nvidiaSmiPath, smi);
    assert.equal(info.errors.length, 1);
    assert.match(info.errors[0] ?? '', /could not communicate with the NVIDIA driver/);
  });

  test('exit 2 (bad field) -> error naming the query and the output', async () => {
    const smi = '/usr/bin/nvidia-smi';
    const m = fake({ files: [smi], results: { [smi]: { stdout: '', stderr: fixture('bad-field.stderr.txt'), exitCode: 2, timedOut: false } } });
    const info = await detectGpu(m.options);
    assert.equal(info.available, false);
    assert.match(info.errors[0] ?? '', /rejected the query \(exit 2/);
    assert.match(info.errors[0] ?? '', /Field "memory\.fre" is not a valid field to query/);
  });

  test('timeout -> error with the limit and the next step', async () => {
    const smi = '/usr/bin/nvidia-smi';
    const m = fake({ files: [smi], results: { [smi]: { stdout: '', stderr: '', exitCode: null, timedOut: true } } });
    const info = await detectGpu(m.options);
    assert.equal(info.available, false);
    assert.match(info.errors[0] ?? '', /did not answer within 1234 ms/);
  });

  test('not executable (EACCES): the next candidate is tried; reported only when none answers', async () => {
    const eacces: ExecResult = { stdout: '', stderr: '', exitCode: null, errorCode: 'EACCES', timedOut: false };
    const rescued = fake({
      env: { PATH: '/usr/local/bin' },
      files: ['/usr/local/nvidia/bin/nvidia-smi', '/usr/bin/nvidia-smi'],
      results: { '/usr/local/nvidia/bin/nvidia-smi': eacces, '/usr/bin/nvidia-smi': ok(fixture('h200.csv')) },
    });
    const good = await detectGpu(rescued.options);
    assert.equal(good.nvidiaSmiPath, '/usr/bin/nvidia-smi');
    assert.deepEqual(good.errors, []);
    assert.equal(rescued.calls.length, 2);

    const stuck = await detectGpu(fake({ files: ['/usr/bin/nvidia-smi'], results: { '/usr/bin/nvidia-smi': eacces } }).options);
    assert.equal(stuck.available, false);
    assert.equal(stuck.nvidiaSmiPath, '/usr/bin/nvidia-smi');
    assert.match(stuck.errors[0] ?? '', /Could not run \/usr\/bin\/nvidia-smi \(EACCES\).*executable/);
  });
});

describe('detectGpu on Windows (injected platform)', () => {
  const systemRoot = 'C:\\Windows';
  const repo = 'C:\\Windows\\System32\\DriverStore\\FileRepository';

  test('tries PATH, then System32, then DriverStore nv* folders, with Windows paths', async () => {
    const driverStoreSmi = `${repo}\\nvdmui.inf_amd64_0c1a2b3c\\nvidia-smi.exe`;
    const m = fake({
      platform: 'win32',
      env: { Path: 'C:\\Program Files\\Git\\cmd;"C:\\Tools"', SystemRoot: systemRoot },
      dirs: { [repo]: ['iastorac.inf_amd64_aa', 'nvdmui.inf_amd64_0c1a2b3c', 'nvlt.inf_amd64_ff'] },
      files: [
        'C:\\Program Files\\Git\\cmd\\nvidia-smi.exe',
        'C:\\Tools\\nvidia-smi.exe',
        'C:\\Windows\\System32\\nvidia-smi.exe',
        driverStoreSmi,
        `${repo}\\nvlt.inf_amd64_ff\\nvidia-smi.exe`,
      ],
      results: { [driverStoreSmi]: ok(fixture('windows-3070.csv')) },
    });
    const info = await detectGpu(m.options);
    assert.deepEqual(m.calls.map((c) => c.file), [
      'C:\\Program Files\\Git\\cmd\\nvidia-smi.exe',
      'C:\\Tools\\nvidia-smi.exe',
      'C:\\Windows\\System32\\nvidia-smi.exe',
      driverStoreSmi,
    ]);
    assert.equal(info.nvidiaSmiPath, driverStoreSmi);
    assert.equal(info.gpus[0]?.name, 'NVIDIA GeForce RTX 3070');
    assert.equal(info.recommendedModel, 'llama3.2');
    assert.equal(info.driverConfirmed, false, '/proc is not read on Windows');
  });

  test('no DriverStore access is not an error', async () => {
    const m = fake({ platform: 'win32', env: { SystemRoot: systemRoot }, graphics: [] });
    const info = await detectGpu(m.options);
    assert.equal(info.available, false);
    assert.deepEqual(info.errors, []);
    assert.match(info.reason, /System32 and the DriverStore/);
  });
});

describe('execFileResult (the real process adapter)', () => {
  test('missing binary -> ENOENT, not a throw', async () => {
    const res = await execFileResult('/nonexistent/healwright/nvidia-smi', [], { timeoutMs: 2000 });
    assert.equal(res.errorCode, 'ENOENT');
    assert.equal(res.timedOut, false);
  });

  test('a hung program is killed at the timeout', async () => {
    const program = timerOf(10_000);
    const res = await execFileResult(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { timeoutMs: 300 });
    assert.equal(res.timedOut, true);
    assert.equal(res.exitCode, null);
    assert.equal(program.fired(), false, 'killed, not waited for');
  });

  test('exit code and output are kept', async () => {
    const res = await execFileResult(process.execPath, ['-e', 'process.stdout.write("a, 1, 2, 3"); process.exit(2)'], { timeoutMs: 5000 });
    assert.deepEqual({ code: res.exitCode, out: res.stdout, timedOut: res.timedOut }, { code: 2, out: 'a, 1, 2, 3', timedOut: false });
  });
});

describe('formatGpuReport', () => {
  test('names GPU, memory, driver, model and problems', async () => {
    const smi = '/usr/local/nvidia/bin/nvidia-smi';
    const info = await detectGpu(fake({ files: [smi], results: { [smi]: ok(fixture('h200.csv')) }, proc: fixture('proc-driver-version.txt') }).options);
    assert.equal(
      formatGpuReport(info),
      [
        'GPU: 1 found (NVIDIA) via nvidia-smi at /usr/local/nvidia/bin/nvidia-smi',
        '  #0 NVIDIA H200: 140.4 GiB total, 139.8 GiB free, driver 580.159.04',
        'NVIDIA driver: loaded (/proc/driver/nvidia/version)',
        'Ollama model: codellama:34b (NVIDIA H200 has 140.4 GiB VRAM (48 GiB class): codellama:34b.) Override with OLLAMA_MODEL=<model>.',
      ].join('\n'),
    );
    const broken = formatGpuReport({ ...info, available: false, gpus: [], errors: ['nvidia-smi timed out'] });
    assert.match(broken, /^GPU: none found/);
    assert.match(broken, /Problems:\n {2}- nvidia-smi timed out$/);
  });
});
