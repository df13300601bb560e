// Looks up a dashboard `data-metric` path (`rolling.d7.passRate`, `recentRuns.0.failed`) in `metrics --json`.
export function metricAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The page's raw value (`data-value`) as the JSON holds it: '' is null, numbers compare as numbers. */
export function sameValue(json: unknown, pageValue: string): boolean {
  if (json === null || json === undefined) return pageValue === '';
  if (typeof json === 'number') return pageValue !== '' && Number(pageValue) === json;
  return String(json) === pageValue;
}
