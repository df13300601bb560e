/** Every fault switch the demo knows, one per healwright failure category. */
export const FAULT_NAMES = [
  'api-500',
  'sessions-invalid',
  'tokens-expired',
  'ui-renamed',
  'route-moved',
  'data-changed',
  'slow',
  'security-header-missing',
  'js-error',
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

/** Faults that model a bad running instance: kept in process memory only, so a restart clears them. */
export const MEMORY_ONLY_FAULTS: readonly FaultName[] = ['api-500'];

export function isFaultName(value: unknown): value is FaultName {
  return typeof value === 'string' && (FAULT_NAMES as readonly string[]).includes(value);
}
