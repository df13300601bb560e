// doctor's LLM checks: GPU, Ollama (reachable, model pulled, GPU offload), Anthropic (key, model).
import Anthropic from '@anthropic-ai/sdk';
import { Ollama } from 'ollama';
import { DEFAULT_ANTHROPIC_MODEL } from '../config/schema.js';
import { DEFAULT_OLLAMA_MODEL, resolveOllamaModel, type GpuInfo } from '../llm/gpu/index.js';
import { DEFAULT_OLLAMA_HOST } from '../llm/providers/index.js';
import { modelHint, toAnthropicError } from '../llm/providers/anthropic-errors.js';
import { toOllamaError } from '../llm/providers/ollama-errors.js';
import { check, envValue, type DoctorCheck, type DoctorContext, type DoctorGpu } from './doctor-types.js';
import { hasModelTag } from '../common/strings.js';

const TRUE = /^(1|true|yes|on)$/i;

function largestGpu(info: GpuInfo | null) {
  let best = info?.gpus[0];
  for (const g of info?.gpus ?? []) if ((g.memoryTotalMiB ?? -1) > (best?.memoryTotalMiB ?? -1)) best = g;
  return best;
}

export function gpuJson(info: GpuInfo | null): DoctorGpu {
  const g = largestGpu(info);
  return {
    name: g?.name ?? null,
    vramTotalMiB: g?.memoryTotalMiB ?? null,
    vramFreeMiB: g?.memoryFreeMiB ?? null,
    driver: g?.driverVersion ?? null,
    recommendedModel: info?.recommendedModel ?? DEFAULT_OLLAMA_MODEL,
  };
}

export function gpuCheck(info: GpuInfo | null, detectError?: string): DoctorCheck {
  if (!info) return check('gpu', 'WARN', `GPU detection failed: ${detectError ?? 'no result'}.`, 'Set OLLAMA_MODEL=<model> to choose the Ollama model yourself.');
  const g = largestGpu(info);
  const problems = info.errors.length ? ` Problems: ${info.errors.join(' ')}` : '';
  if (!info.available || !g) {
    return check('gpu', 'WARN', `No GPU found: Ollama would run ${info.recommendedModel} on the CPU (slow).${problems}`, 'On an NVIDIA machine install the driver and nvidia-smi; or rely on Anthropic; or set OLLAMA_MODEL.');
  }
  const mib = (n: number | null) => (n === null ? 'unknown' : `${n} MiB`);
  const where = info.nvidiaSmiPath ? ` (nvidia-smi at ${info.nvidiaSmiPath})` : ` (via ${info.source})`;
  const count = info.gpus.length > 1 ? `${info.gpus.length} GPUs, largest ` : '';
  const detail = `${count}${g.name}: ${mib(g.memoryTotalMiB)} total, ${mib(g.memoryFreeMiB)} free, driver ${g.driverVersion ?? 'unknown'}${where}; recommended Ollama model ${info.recommendedModel}.`;
  if (g.memoryTotalMiB === null) return check('gpu', 'WARN', `${detail}${problems}`, 'Install nvidia-smi so VRAM can size the model, or set OLLAMA_MODEL.');
  return check('gpu', info.errors.length ? 'WARN' : 'OK', `${detail}${problems}`);
}

function limitedOllama(host: string, timeoutMs: number): Ollama {
  const limited: typeof fetch = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
  return new Ollama({ host, fetch: limited });
}

// llama3.2 and llama3.2:latest are the same model.
const norm = (m: string) => (hasModelTag(m) ? m : `${m}:latest`).toLowerCase();

/** Ollama: reachable, model pulled, where the loaded model runs. FAIL only when OLLAMA_HOST/OLLAMA_MODEL/llm.ollamaModel chose it. */
export async function ollamaChecks(ctx: DoctorContext): Promise<DoctorCheck[]> {
  const { env, config, timeoutMs } = ctx;
  if (config?.skipLlm) return [check('ollama', 'OK', 'LLM disabled (skipLlm / HEAL_SKIP_LLM): rules only, Ollama not needed.')];
  if (TRUE.test(envValue(env, 'LLM_FALLBACK_ONLY') ?? '')) return [check('ollama', 'OK', 'Skipped: LLM_FALLBACK_ONLY=true uses Anthropic only.')];
  const configModel = config && config.llm.ollamaModel !== DEFAULT_OLLAMA_MODEL ? config.llm.ollamaModel : undefined;
  const configured = !!(envValue(env, 'OLLAMA_HOST') || envValue(env, 'OLLAMA_MODEL') || configModel);
  const bad = configured ? 'FAIL' : 'WARN';
  const host = envValue(env, 'OLLAMA_HOST') ?? DEFAULT_OLLAMA_HOST;
  const model = resolveOllamaModel({ env, gpu: ctx.gpu, ...(configModel ? { optionModel: configModel } : {}) }).model;
  const client = limitedOllama(host, timeoutMs);
  const ctxErr = { host, model, timeoutMs };

  let version: string;
  try {
    version = (await client.version()).version;
  } catch (err) {
    const e = toOllamaError(err, ctxErr);
    const next = configured ? (e.hint ?? 'Check OLLAMA_HOST.') : `Optional: install Ollama, run \`ollama serve\` and \`ollama pull ${model}\` (or set OLLAMA_HOST); without it healwright uses Anthropic or rules only.`;
    return [check('ollama', bad, e.detail, next)];
  }
  const out = [check('ollama', 'OK', `Ollama ${version} answers at ${host}.`)];

  let pulled: string[];
  try {
    pulled = (await client.list()).models.map((m) => m.name);
  } catch (err) {
    return [...out, check('ollama-model', bad, `Could not list models: ${toOllamaError(err, ctxErr).detail}`, 'Check the Ollama server log.')];
  }
  if (!pulled.some((n) => norm(n) === norm(model))) {
    return [...out, check('ollama-model', bad, `Model ${model} is not pulled (pulled: ${pulled.slice(0, 8).join(', ') || 'none'}).`, `ollama pull ${model}`)];
  }
  out.push(check('ollama-model', 'OK', `Model ${model} is pulled.`));

  try {
    const running = (await client.ps()).models.find((m) => norm(m.name) === norm(model) || norm(m.model) === norm(model));
    if (!running) out.push(check('ollama-gpu', 'OK', `${model} is not loaded yet; GPU use shows once it runs.`, `ollama run ${model} "hi" && ollama ps`));
    else if (running.size > 0 && running.size_vram >= running.size) out.push(check('ollama-gpu', 'OK', `${model} is loaded entirely in GPU memory.`));
    else {
      const pct = running.size > 0 ? Math.round((running.size_vram / running.size) * 100) : 0;
      out.push(check('ollama-gpu', 'WARN', `${model} runs ${pct}% in GPU memory, the rest on the CPU (slow).`, `Check the NVIDIA driver and CUDA for Ollama, or pick a smaller model: OLLAMA_MODEL=${DEFAULT_OLLAMA_MODEL}.`));
    }
  } catch (err) {
    out.push(check('ollama-gpu', 'WARN', `Could not read loaded models (/api/ps): ${toOllamaError(err, ctxErr).detail}`));
  }
  return out;
}

/** Anthropic: key present, then one cheap authenticated call (models.retrieve of the configured model). */
export async function anthropicCheck(ctx: DoctorContext): Promise<DoctorCheck> {
  const { env, config, timeoutMs } = ctx;
  if (config?.skipLlm) return check('anthropic', 'OK', 'LLM disabled (skipLlm / HEAL_SKIP_LLM): rules only, Anthropic not needed.');
  const key = envValue(env, 'ANTHROPIC_API_KEY');
  const fallbackOnly = TRUE.test(envValue(env, 'LLM_FALLBACK_ONLY') ?? '');
  if (!key) {
    return fallbackOnly
      ? check('anthropic', 'FAIL', 'LLM_FALLBACK_ONLY=true skips Ollama, but ANTHROPIC_API_KEY is not set: no LLM at all.', 'export ANTHROPIC_API_KEY=sk-ant-... or unset LLM_FALLBACK_ONLY.')
      : check('anthropic', 'WARN', 'ANTHROPIC_API_KEY is not set: no cloud fallback when Ollama is missing.', 'Optional: export ANTHROPIC_API_KEY=sk-ant-...');
  }
  const model = envValue(env, 'ANTHROPIC_MODEL') ?? config?.llm.anthropicModel ?? DEFAULT_ANTHROPIC_MODEL;
  const baseURL = envValue(env, 'ANTHROPIC_BASE_URL');
  const client = new Anthropic({ apiKey: key, ...(baseURL ? { baseURL } : {}), timeout: timeoutMs, maxRetries: 0 });
  try {
    const info = await client.models.retrieve(model, {}, { timeout: timeoutMs });
    if (info.lifecycle === 'retired') return check('anthropic', 'FAIL', `Key accepted, but model ${model} is retired.`, modelHint(await liveModels(client, timeoutMs)));
    if (info.lifecycle === 'deprecated') {
      const when = info.retires_at ? ` and retires ${info.retires_at.slice(0, 10)}` : '';
      return check('anthropic', 'WARN', `Key accepted; model ${model} is deprecated${when}.`, modelHint(await liveModels(client, timeoutMs)));
    }
    return check('anthropic', 'OK', `Key accepted; model ${model} (${info.display_name}) is available.`);
  } catch (err) {
    const e = toAnthropicError(err, { model, timeoutMs });
    if (e.status === 404 && /model/i.test(e.detail)) {
      return check('anthropic', 'FAIL', `Model ${model} is unknown to Anthropic (404): retired or misspelt.`, modelHint(await liveModels(client, timeoutMs)));
    }
    return check('anthropic', 'FAIL', e.detail, e.hint ?? 'Check the network, a proxy, or ANTHROPIC_BASE_URL.');
  }
}

async function liveModels(client: Anthropic, timeoutMs: number): Promise<string[] | undefined> {
  try {
    const page = await client.models.list({ limit: 20 }, { timeout: timeoutMs });
    return page.data.filter((m) => m.lifecycle !== 'retired').map((m) => m.id);
  } catch {
    return undefined;
  }
}
