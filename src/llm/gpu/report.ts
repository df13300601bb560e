import type { GpuInfo } from './types.js';

function gib(mib: number | null): string {
  return mib === null ? 'unknown' : `${(mib / 1024).toFixed(1)} GiB`;
}

/** A few lines for people (doctor command, logs): what was found, the model, and what went wrong. */
export function formatGpuReport(info: GpuInfo): string {
  const lines: string[] = [];
  if (info.available) {
    const via = info.source === 'nvidia-smi' && info.nvidiaSmiPath ? `nvidia-smi at ${info.nvidiaSmiPath}` : info.source;
    lines.push(`GPU: ${info.gpus.length} found${info.vendor ? ` (${info.vendor})` : ''} via ${via}`);
    info.gpus.forEach((g, i) => {
      const driver = g.driverVersion ? `, driver ${g.driverVersion}` : '';
      lines.push(`  #${i} ${g.name}: ${gib(g.memoryTotalMiB)} total, ${gib(g.memoryFreeMiB)} free${driver}`);
    });
    if (info.gpus.length > 1) lines.push(`  total VRAM: ${gib(info.totalVramMiB)}`);
  } else {
    lines.push('GPU: none found');
  }
  lines.push(`NVIDIA driver: ${info.driverConfirmed ? 'loaded (/proc/driver/nvidia/version)' : 'not confirmed'}`);
  lines.push(`Ollama model: ${info.recommendedModel} (${info.reason}) Override with OLLAMA_MODEL=<model>.`);
  if (info.errors.length > 0) {
    lines.push('Problems:');
    for (const e of info.errors) lines.push(`  - ${e}`);
  }
  return lines.join('\n');
}
