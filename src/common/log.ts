// The one logging shape: every stage, healer and client that logs takes a `Log`. The reporter hands
// them its RunLog (artifacts/run-log.ts: healing-output.log, redacted, and `DEBUG=heal:*`).

export type LogLevel = 'info' | 'warn' | 'error';

export type Log = (level: LogLevel, message: string) => void;
