import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig, formatConfigIssue, readEnvOverrides, DEFAULT_ANTHROPIC_MODEL } from '../../src/config/index.js';

describe('resolveConfig', () => {
  test('defaults: every project healed, guardrails of the original spec', () => {
    const { config, issues } = resolveConfig({ env: {} });
    assert.deepEqual(issues, []);
    assert.equal(config.projects, undefined, 'every project is healed unless projects names some');
    assert.equal(config.timeout, 30000);
    assert.equal(config.retries, 1);
    assert.equal(config.maxFixAttemptsPerFailure, 2);
    assert.equal(config.maxFixesPerRun, 3);
    assert.equal(config.cooldownBetweenFixes, 5000);
    assert.equal(config.maxRunDuration, 30 * 60 * 1000);
    assert.equal(config.onEndTimeout, 10 * 60 * 1000);
    assert.deepEqual(config.llm, { preferLocal: true, ollamaModel: 'llama3.2', anthropicModel: DEFAULT_ANTHROPIC_MODEL, maxTokens: 4096 });
    assert.notEqual(config.llm.anthropicModel, 'claude-3-5-sonnet-20241022');
    assert.deepEqual(config.artifacts, { screenshots: true, traces: true, videos: true, retentionDays: 7 });
    assert.equal(config.outputDir, 'healing-results');
    assert.equal(config.dryRun, false);
    assert.equal(config.skipLlm, false);
  });

  test('precedence: env > option > file > default', () => {
    const r = resolveConfig({
      file: { maxFixesPerRun: 1, retries: 2, timeout: 1000, llm: { maxTokens: 100 } },
      options: { maxFixesPerRun: 2, retries: 3, llm: { ollamaModel: 'codellama:7b' } },
      env: { HEAL_MAX_FIXES: '5' },
    });
    assert.deepEqual(r.issues, []);
    assert.equal(r.config.maxFixesPerRun, 5);
    assert.equal(r.sources.maxFixesPerRun, 'env');
    assert.equal(r.config.retries, 3);
    assert.equal(r.sources.retries, 'option');
    assert.equal(r.config.timeout, 1000);
    assert.equal(r.sources.timeout, 'file');
    assert.equal(r.sources.cooldownBetweenFixes, 'default');
    // nested objects merge key by key across layers
    assert.deepEqual(r.config.llm, { preferLocal: true, ollamaModel: 'codellama:7b', anthropicModel: DEFAULT_ANTHROPIC_MODEL, maxTokens: 100 });
  });

  test('HEAL_ON_END_TIMEOUT beats the onEndTimeout option', () => {
    const r = resolveConfig({ options: { onEndTimeout: 5000 }, env: { HEAL_ON_END_TIMEOUT: ' 3000 ' } });
    assert.deepEqual(r.issues, []);
    assert.equal(r.config.onEndTimeout, 3000);
    assert.equal(r.sources.onEndTimeout, 'env');
  });

  test('Playwright configDir and configFile are not config keys', () => {
    const r = resolveConfig({ options: { configDir: '/x', configFile: 'healing.config.ts' }, env: {} });
    assert.deepEqual(r.issues, []);
  });

  const bad: { name: string; input: Parameters<typeof resolveConfig>[0]; source: string; value: string; example: RegExp }[] = [
    { name: 'HEAL_MAX_FIXES not a number', input: { env: { HEAL_MAX_FIXES: 'lots' } }, source: 'HEAL_MAX_FIXES', value: 'lots', example: /HEAL_MAX_FIXES=3/ },
    { name: 'HEAL_MAX_FIXES negative', input: { env: { HEAL_MAX_FIXES: '-1' } }, source: 'HEAL_MAX_FIXES', value: '-1', example: /HEAL_MAX_FIXES=3/ },
    { name: 'HEAL_DRY_RUN garbage', input: { env: { HEAL_DRY_RUN: 'maybe' } }, source: 'HEAL_DRY_RUN', value: 'maybe', example: /HEAL_DRY_RUN=true/ },
    { name: 'HEAL_SKIP_LLM garbage', input: { env: { HEAL_SKIP_LLM: '2' } }, source: 'HEAL_SKIP_LLM', value: '2', example: /HEAL_SKIP_LLM=true/ },
    { name: 'HEAL_PROJECTS empty', input: { env: { HEAL_PROJECTS: ' , ' } }, source: 'HEAL_PROJECTS', value: ' , ', example: /health,contracts/ },
    { name: 'HEAL_PROJECTS odd chars', input: { env: { HEAL_PROJECTS: 'health;rm -rf' } }, source: 'HEAL_PROJECTS', value: 'health;rm -rf', example: /health,contracts/ },
    { name: 'option wrong type', input: { options: { maxFixesPerRun: 'three' }, env: {} }, source: 'reporter option maxFixesPerRun', value: '"three"', example: /maxFixesPerRun: 3/ },
    { name: 'option negative', input: { options: { cooldownBetweenFixes: -5 }, env: {} }, source: 'reporter option cooldownBetweenFixes', value: '-5', example: /cooldownBetweenFixes: 5000/ },
    { name: 'option unknown key with hint', input: { options: { maxfixesperrun: 3 }, env: {} }, source: 'reporter option maxfixesperrun', value: '3', example: /maxFixesPerRun/ },
    { name: 'nested bad value', input: { options: { llm: { maxTokens: 0 } }, env: {} }, source: 'reporter option llm.maxTokens', value: '0', example: /maxTokens: 4096/ },
    { name: 'nested unknown key', input: { options: { artifacts: { screenshot: true } }, env: {} }, source: 'reporter option artifacts.screenshot', value: 'true', example: /artifacts/ },
    { name: 'HEAL_ALERT_WEBHOOK not a URL (value hidden: it may hold a secret)', input: { env: { HEAL_ALERT_WEBHOOK: 'hooks.slack.com/services/T0/B0/secret' } }, source: 'HEAL_ALERT_WEBHOOK', value: '(not shown: may hold a secret)', example: /HEAL_ALERT_WEBHOOK=https:\/\// },
    { name: 'HEAL_ALERT_WEBHOOK not http(s)', input: { env: { HEAL_ALERT_WEBHOOK: 'ftp://example.test/hook' } }, source: 'HEAL_ALERT_WEBHOOK', value: '(not shown: may hold a secret)', example: /HEAL_ALERT_WEBHOOK=https:\/\// },
    { name: 'shardMode unknown', input: { options: { shardMode: 'sometimes' }, env: {} }, source: 'reporter option shardMode', value: '"sometimes"', example: /shardMode: 'auto'/ },
    { name: 'maxPatchLines zero', input: { options: { maxPatchLines: 0 }, env: {} }, source: 'reporter option maxPatchLines', value: '0', example: /maxPatchLines: 20/ },
    { name: 'allowedPaths not a list', input: { options: { allowedPaths: 'e2e/**' }, env: {} }, source: 'reporter option allowedPaths', value: '"e2e/**"', example: /allowedPaths: \['e2e/ },
    { name: 'alertWebhook option not a URL', input: { options: { alertWebhook: 'slack' }, env: {} }, source: 'reporter option alertWebhook', value: '"slack"', example: /alertWebhook: 'https:/ },
    { name: 'github.repository not owner/repo', input: { options: { github: { repository: 'acme' } }, env: {} }, source: 'reporter option github.repository', value: '"acme"', example: /repository: 'acme\/web'/ },
    { name: 'github.reviewers not a list', input: { options: { github: { reviewers: 'alice' } }, env: {} }, source: 'reporter option github.reviewers', value: '"alice"', example: /reviewers: \['alice'\]/ },
    { name: 'github unknown key', input: { options: { github: { repo: 'acme/web' } }, env: {} }, source: 'reporter option github.repo', value: '"acme/web"', example: /github: \{ repository/ },
    { name: 'HEAL_ON_END_TIMEOUT not a number', input: { env: { HEAL_ON_END_TIMEOUT: '10min' } }, source: 'HEAL_ON_END_TIMEOUT', value: '10min', example: /HEAL_ON_END_TIMEOUT=600000/ },
    { name: 'HEAL_ON_END_TIMEOUT zero', input: { env: { HEAL_ON_END_TIMEOUT: '0' } }, source: 'HEAL_ON_END_TIMEOUT', value: '0', example: /HEAL_ON_END_TIMEOUT=600000/ },
    { name: 'onEndTimeout option negative', input: { options: { onEndTimeout: -1 }, env: {} }, source: 'reporter option onEndTimeout', value: '-1', example: /onEndTimeout: 600000/ },
    { name: 'onEndTimeout option not a number', input: { options: { onEndTimeout: '3s' }, env: {} }, source: 'reporter option onEndTimeout', value: '"3s"', example: /onEndTimeout: 600000/ },
    { name: 'file bad projects', input: { file: { projects: [] }, fileName: 'healing.config.ts', env: {} }, source: 'healing.config.ts: projects', value: '[]', example: /projects: \['health'/ },
  ];
  for (const c of bad) {
    test(`bad input: ${c.name} -> one clear issue, side effects off, rest intact`, () => {
      const r = resolveConfig(c.input);
      assert.equal(r.issues.length, 1, JSON.stringify(r.issues));
      const issue = r.issues[0]!;
      assert.equal(issue.source, c.source);
      assert.equal(issue.value, c.value);
      assert.match(issue.example, c.example);
      assert.equal(r.sideEffectsDisabled, true);
      assert.equal(r.config.dryRun, true);
      assert.equal(r.config.maxFixAttemptsPerFailure, 2, 'unrelated keys keep their values');
      const line = formatConfigIssue(issue);
      assert.ok(line.includes(c.source) && line.includes(c.value) && line.includes('Example:'), line);
    });
  }

  test('a bad env value falls back to the option layer', () => {
    const r = resolveConfig({ options: { maxFixesPerRun: 2 }, env: { HEAL_MAX_FIXES: 'x' } });
    assert.equal(r.config.maxFixesPerRun, 2);
  });

  test('HEAL_ALERT_WEBHOOK sets alertWebhook; empty leaves it unset', () => {
    assert.equal(resolveConfig({ env: { HEAL_ALERT_WEBHOOK: ' https://hooks.example.test/T0/B0/x ' } }).config.alertWebhook, 'https://hooks.example.test/T0/B0/x');
    const bad = resolveConfig({ env: { HEAL_ALERT_WEBHOOK: 'hooks.slack.com/services/T0/B0/s3cr3tpart' } });
    assert.doesNotMatch(bad.issues.map(formatConfigIssue).join('\n'), /s3cr3tpart/, 'a bad webhook value is not echoed');
    const empty = resolveConfig({ env: { HEAL_ALERT_WEBHOOK: '' } });
    assert.equal(empty.config.alertWebhook, undefined);
    assert.deepEqual(empty.issues, []);
  });

  test('env parsing: booleans and lists', () => {
    assert.deepEqual(readEnvOverrides({ HEAL_DRY_RUN: 'YES', HEAL_SKIP_LLM: '0', HEAL_PROJECTS: 'health, security' }).values, { dryRun: true, skipLlm: false, projects: ['health', 'security'] });
    assert.deepEqual(readEnvOverrides({}).values, {});
  });
});
