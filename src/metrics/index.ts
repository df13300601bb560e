// Metrics over the run history: pass rate, health, flaky rate, MTTR, fix success, LLM usage, patterns.
export { computeMetrics } from './compute.js';
export { formatMetricsTable } from './table.js';
export { formatCount, formatDuration, formatPercent, formatTime, formatUsd } from './format.js';
export { findIncidents, mttrStats } from './incidents.js';
export { pct, ratesOf, runRow, trendOf, windowStats } from './rates.js';
export { fixStats } from './fixes.js';
export { llmStats } from './llm-usage.js';
export { failurePatterns, flakyTests } from './patterns.js';
export { loadHistory, mergeRecords, parseHistory, ranKeysFromJsonReport, readHistory, recordFromRunFolder, toHistoryRecord, type HistoryReadResult, type LoadedHistory } from './history-read.js';
export { findImportSources, importHistory, ImportSourceError, type ImportResult } from './import.js';
export * from './types.js';
