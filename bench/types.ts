/** One line of the `npm run bench` table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

export function printTable(rows: BenchRow[]): void {
  const head = ['benchmark', 'value', 'target', 'ok'];
  const data = rows.map((r) => [r.name, `${r.value.toFixed(r.value >= 100 ? 0 : 3)} ${r.unit}`, r.target, r.pass ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...data.map((d) => (d[i] ?? '').length)));
  const fmt = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const d of data) console.log(fmt(d));
}
