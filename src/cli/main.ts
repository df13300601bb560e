#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { healwrightVersion } from '../common/version.js';
import { USAGE, UsageError } from './args.js';
import { configCheck } from './config-check.js';
import { redactCommand } from './redact-command.js';
import { resolveConfig } from '../config/resolve.js';
import { formatTriageTable, readJsonReport, triageReport } from './triage-report.js';
import { processEnv } from '../config/process-env.js';
import { describeThrown } from '../common/errors.js';

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

/** Runs the CLI; returns the exit code (0 ok, 1 a check failed, 2 usage or input error). */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = processEnv(),
  out: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) },
  cwd = process.cwd(),
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      case 'version':
      case '--version':
      case '-v':
        out.stdout(`${healwrightVersion()}\n`);
        return 0;
      case 'config': {
        const { values } = parseArgs({ args: rest, options: { check: { type: 'boolean' }, config: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
        if (!values.check) throw new UsageError('config needs --check.');
        const r = await configCheck({ cwd, ...(values.config ? { config: values.config } : {}), json: !!values.json, env });
        (r.ok || values.json ? out.stdout : out.stderr)(r.output);
        return r.ok ? 0 : 1;
      }
      case 'triage': {
        const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
        if (positionals.length !== 1) throw new UsageError('triage needs exactly one Playwright JSON report file.');
        const rows = triageReport(readJsonReport(positionals[0] as string));
        out.stdout(values.json ? JSON.stringify(rows, null, 2) + '\n' : formatTriageTable(rows));
        return 0;
      }
      case 'doctor': {
        const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' }, config: { type: 'string' } }, strict: true });
        // Loaded on use: its LLM and GPU clients cost most of the CLI's start-up time.
        const { runDoctor } = await import('./doctor.js');
        const r = await runDoctor({ env, json: !!values.json, config: resolveConfig({ env }).config, playwright: { cwd, ...(values.config ? { config: values.config } : {}) } });
        out.stdout(r.output);
        return r.exitCode;
      }
      case 'redact': {
        const { values, positionals } = parseArgs({ args: rest, options: { quiet: { type: 'boolean', short: 'q' } }, allowPositionals: true, strict: true });
        if (positionals.length > 1) throw new UsageError('redact takes at most one file (or reads stdin).');
        const r = await redactCommand(positionals[0], stdin, !!values.quiet);
        out.stdout(r.text);
        if (r.report) out.stderr(r.report);
        return 0;
      }
      case 'metrics':
      case 'report': {
        // Loaded on demand: only these two commands pay for the metrics and dashboard modules.
        const r = command === 'metrics' ? await (await import('./metrics-command.js')).metricsCommand(rest, { cwd, env }) : await (await import('./report-command.js')).reportCommand(rest, { cwd, env });
        if (r.stdout) out.stdout(r.stdout);
        if (r.stderr) out.stderr(r.stderr);
        return r.exitCode;
      }
      case 'init': {
        const { initCommand } = await import('./init.js');
        const r = await initCommand(rest, { cwd });
        if (r.stdout) out.stdout(r.stdout);
        if (r.stderr) out.stderr(r.stderr);
        return r.exitCode;
      }
      case 'publish': {
        const { publishCommand } = await import('./publish-command.js');
        const r = await publishCommand(rest, { cwd, env });
        if (r.stdout) out.stdout(r.stdout);
        if (r.stderr) out.stderr(r.stderr);
        return r.exitCode;
      }
      default:
        throw new UsageError(`unknown command '${command}'.`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      out.stderr(`healwright: ${describeThrown(err)}\n\n${USAGE}`);
      return 2;
    }
    out.stderr(`healwright: ${describeThrown(err, true)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /(?:^|[/\\])(?:main\.[jt]s|healwright)$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
