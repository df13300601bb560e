import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseNvidiaSmiCsv, parseProcDriverVersion } from '../../src/llm/gpu/index.js';
import { recommendOllamaModel, resolveOllamaModel, explainOllamaModel } from '../../src/llm/gpu/index.js';

const fixture = (name: string) => readFileSync(new URL(`../data/gpu/${name}`, import.meta.url), 'utf8');

describe('parseNvidiaSmiCsv', () => {
  test('the real H200 line', () => {
    assert.deepEqual(parseNvidiaSmiCsv(fixture('h200.csv')), {
      gpus: [{ name: 'NVIDIA H200', memoryTotalMiB: 143771, memoryFreeMiB: 143156, driverVersion: '580.159.04' }],
      errors: [],
    });
  });

  test('two GPUs, one line each', () => {
    const { gpus, errors } = parseNvidiaSmiCsv(fixture('two-gpus.csv'));
    assert.deepEqual(errors, []);
    assert.deepEqual(
      gpus.map((g) => [g.name, g.memoryTotalMiB, g.memoryFreeMiB]),
      [
        ['NVIDIA GeForce RTX 4090', 24564, 23012],
        ['NVIDIA GeForce RTX 3060', 12288, 11902],
      ],
    );
  });

  test('[N/A] and [Not Supported] become null; blank lines are skipped', () => {
    const { gpus, errors } = parseNvidiaSmiCsv(fixture('na-fields.csv'));
    assert.deepEqual(errors, []);
    assert.deepEqual(gpus, [
      { name: 'NVIDIA A100-SXM4-40GB', memoryTotalMiB: null, memoryFreeMiB: null, driverVersion: '535.104.05' },
      { name: 'Tesla T4', memoryTotalMiB: 15360, memoryFreeMiB: null, driverVersion: null },
    ]);
  });

  test('CRLF line endings (Windows)', () => {
    assert.equal(parseNvidiaSmiCsv(fixture('windows-3070.csv')).gpus[0]?.memoryTotalMiB, 8192);
  });

  test('the driver-failure text is an error, not a GPU', () => {
    const { gpus, errors } = parseNvidiaSmiCsv(fixture('driver-failed.txt'));
    assert.deepEqual(gpus, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /could not communicate with the NVIDIA driver/);
    assert.match(errors[0] ?? '', /driver/);
  });

  test('a line with too few columns is reported and skipped', () => {
    const { gpus, errors } = parseNvidiaSmiCsv('NVIDIA H200, 143771\nNVIDIA H200, 143771, 143156, 580.159.04\n');
    assert.equal(gpus.length, 1);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /Unexpected nvidia-smi line/);
  });

  test('empty output yields nothing', () => {
    assert.deepEqual(parseNvidiaSmiCsv('\n\n'), { gpus: [], errors: [] });
  });
});

describe('parseProcDriverVersion', () => {
  test('open kernel module line', () => {
    assert.deepEqual(parseProcDriverVersion(fixture('proc-driver-version.txt')), {
      confirmed: true,
      driverVersion: '580.159.04',
    });
  });
  test('classic line', () => {
    assert.deepEqual(
      parseProcDriverVersion('NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 01:15:15 UTC 2023\n'),
      { confirmed: true, driverVersion: '535.104.05' },
    );
  });
  test('anything else is not a confirmation', () => {
    assert.deepEqual(parseProcDriverVersion('hello\n'), { confirmed: false, driverVersion: null });
  });
});

describe('recommendOllamaModel (VRAM of the largest GPU, GiB = MiB / 1024, 7% short of nominal allowed)', () => {
  const cases: [number | null, string][] = [
    [143771, 'codellama:34b'], // H200
    [81559, 'codellama:34b'], // H100 80GB
    [46068, 'codellama:34b'], // L40S "48 GB" with ECC
    [Math.ceil(48 * 1024 * 0.93), 'codellama:34b'],
    [Math.ceil(48 * 1024 * 0.93) - 1, 'codellama:13b'],
    [40960, 'codellama:13b'], // A100 40GB
    [24564, 'codellama:13b'], // RTX 4090 "24 GB"
    [Math.ceil(24 * 1024 * 0.93) - 1, 'codellama:7b'],
    [12288, 'codellama:7b'],
    [10240, 'codellama:7b'], // RTX 3080 10GB
    [Math.ceil(10 * 1024 * 0.93) - 1, 'llama3.2'],
    [8192, 'llama3.2'],
    [0, 'llama3.2'],
    [null, 'llama3.2'],
  ];
  for (const [mib, model] of cases) {
    test(`${mib} MiB -> ${model}`, () => assert.equal(recommendOllamaModel(mib), model));
  }
  test('the reason names the GPU and the tier', () => {
    assert.equal(explainOllamaModel(143771, 'NVIDIA H200'), 'NVIDIA H200 has 140.4 GiB VRAM (48 GiB class): codellama:34b.');
    assert.match(explainOllamaModel(null), /No GPU/);
    assert.match(explainOllamaModel(8192), /below the 10 GiB class\): llama3\.2/);
  });
});

describe('resolveOllamaModel', () => {
  const gpu = { recommendedModel: 'codellama:34b' };
  test('OLLAMA_MODEL wins over everything', () => {
    assert.deepEqual(resolveOllamaModel({ env: { OLLAMA_MODEL: 'qwen2.5-coder:7b' }, optionModel: 'x', gpu }), {
      model: 'qwen2.5-coder:7b',
      source: 'env',
    });
  });
  test('then the option', () => {
    assert.deepEqual(resolveOllamaModel({ env: { OLLAMA_MODEL: ' ' }, optionModel: 'mistral', gpu }), {
      model: 'mistral',
      source: 'option',
    });
  });
  test('then the GPU tier', () => {
    assert.deepEqual(resolveOllamaModel({ env: {}, gpu }), { model: 'codellama:34b', source: 'gpu' });
  });
  test('then llama3.2', () => {
    assert.deepEqual(resolveOllamaModel({}), { model: 'llama3.2', source: 'default' });
  });
});
