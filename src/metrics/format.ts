// One formatter for the terminal table and the dashboard, so both show the same text for a number.

/** `98.5%`, or `-` when there is no value. */
export function formatPercent(v: number | null | undefined): string {
  return v === null || v === undefined ? '-' : `${v.toFixed(1)}%`;
}

/** `45s`, `12m 30s`, `3h 5m`, `2d 4h`; `-` when there is no value. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '-';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** `$0.0123` below a dollar, `$12.34` above. */
export function formatUsd(v: number): string {
  return `$${v.toFixed(Math.abs(v) < 1 && v !== 0 ? 4 : 2)}`;
}

/** `12,345` */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `2026-11-27 20:57` (UTC). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '-';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '-' : d.toISOString().slice(0, 16).replace('T', ' ');
}
