import path from 'node:path';

export interface LocateInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  readdir: (dir: string) => Promise<string[]>;
}

// Windows env names are case-insensitive; an injected plain object is not.
function envValue(env: Record<string, string | undefined>, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

/**
 * Every place nvidia-smi may live, in the order to try: PATH first, then the fixed install
 * locations (container images put it in /usr/local/nvidia/bin; Windows drivers in System32 or
 * only in the DriverStore).
 */
export async function nvidiaSmiCandidates(input: LocateInput): Promise<string[]> {
  const win = input.platform === 'win32';
  const p = win ? path.win32 : path.posix;
  const binary = win ? 'nvidia-smi.exe' : 'nvidia-smi';
  const pathVar = envValue(input.env, 'PATH', input.platform) ?? '';
  const out = pathVar
    .split(win ? ';' : ':')
    .map((dir) => dir.trim().replace(/^"(.*)"$/, '$1'))
    .filter((dir) => dir !== '' && p.isAbsolute(dir))
    .map((dir) => p.join(dir, binary));

  if (win) {
    const systemRoot = envValue(input.env, 'SystemRoot', input.platform) ?? 'C:\\Windows';
    const system32 = p.join(systemRoot, 'System32');
    out.push(p.join(system32, binary));
    const repo = p.join(system32, 'DriverStore', 'FileRepository');
    try {
      const folders = (await input.readdir(repo)).filter((name) => /^nv/i.test(name)).sort();
      for (const folder of folders) out.push(p.join(repo, folder, binary));
    } catch {
      // No DriverStore (or no access to it): nothing more to try there.
    }
  } else {
    out.push('/usr/local/nvidia/bin/nvidia-smi', '/usr/bin/nvidia-smi');
  }
  return [...new Set(out)];
}

/** Human summary of where we looked, for error messages. */
export function describeSearch(platform: NodeJS.Platform): string {
  return platform === 'win32'
    ? 'PATH, %SystemRoot%\\System32 and the DriverStore FileRepository nv* folders'
    : 'PATH, /usr/local/nvidia/bin and /usr/bin';
}
