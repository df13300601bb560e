#!/usr/bin/env node
// Extracts the GitHub REST operations healwright uses from GitHub's published OpenAPI description into
// test/data/github-openapi/routes.json, which the GitHub stand-in validates requests and responses
// against. Every `$ref` is inlined (a cycle becomes `{ "$comment": "cycle: <ref>" }`, which accepts
// anything) and descriptions/examples/vendor keys are dropped to keep the committed file small.
//
// Regenerate (the package unpacks to ~400 MB, so fetch only the one file; do not npm install it):
//   cd /tmp && npm pack @octokit/openapi@23.0.2
//   tar xzf octokit-openapi-23.0.2.tgz package/generated/api.github.com.json package/package.json
//   node scripts/extract-github-openapi.mjs /tmp/package/generated/api.github.com.json
// To add a route, append it to ROUTES below and regenerate.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROUTES = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/git/blobs',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/pulls',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /search/issues',
];

// JSON Schema keywords kept; everything else (description, example, x-github, readOnly, ...) goes.
const SCHEMA_KEYS = new Set([
  'type', 'enum', 'const', 'format', 'nullable', 'required', 'pattern',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'properties', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf', 'not',
]);

function lookup(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node = doc;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** Inlines `$ref`s and keeps only the validation keywords. `seen` holds the refs on the current path. */
function schema(doc, node, seen = []) {
  if (typeof node !== 'object' || node === null) return node;
  if (node.$ref) {
    if (seen.includes(node.$ref)) return { $comment: `cycle: ${node.$ref}` };
    return schema(doc, lookup(doc, node.$ref), [...seen, node.$ref]);
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!SCHEMA_KEYS.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, schema(doc, v, seen)]));
    } else if (key === 'items' || key === 'not' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = schema(doc, value, seen);
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = value.map((v) => schema(doc, v, seen));
    } else {
      out[key] = value;
    }
  }
  return out;
}

function resolve(doc, node) {
  return node?.$ref ? resolve(doc, lookup(doc, node.$ref)) : node;
}

function operation(doc, route) {
  const [method, path] = route.split(' ');
  const item = doc.paths[path];
  const op = item?.[method.toLowerCase()];
  if (!op) throw new Error(`${route} is not in the OpenAPI description`);
  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => {
    const param = resolve(doc, p);
    return { name: param.name, in: param.in, required: param.required === true, schema: schema(doc, param.schema) };
  });
  const body = resolve(doc, op.requestBody);
  const requestBody = body
    ? { required: body.required === true, schema: schema(doc, body.content?.['application/json']?.schema ?? {}) }
    : null;
  const responses = {};
  for (const [code, r] of Object.entries(op.responses)) {
    if (!/^2\d\d$/.test(code)) continue;
    const response = resolve(doc, r);
    const json = response.content?.['application/json']?.schema;
    responses[code] = json ? schema(doc, json) : null;
  }
  return { operationId: op.operationId, documentationUrl: op.externalDocs?.url ?? null, parameters, requestBody, responses };
}

function main() {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: node scripts/extract-github-openapi.mjs <path to generated/api.github.com.json>');
    process.exit(2);
  }
  const doc = JSON.parse(readFileSync(input, 'utf8'));
  let version = doc.info?.version;
  try {
    version = JSON.parse(readFileSync(join(dirname(input), '..', 'package.json'), 'utf8')).version ?? version;
  } catch {
    // package.json not extracted next to the file: info.version carries the same number.
  }
  const routes = Object.fromEntries(ROUTES.map((r) => [r, operation(doc, r)]));
  const out = {
    source: { package: '@octokit/openapi', version, file: 'generated/api.github.com.json', openapi: doc.openapi },
    routes,
  };
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'data', 'github-openapi', 'routes.json');
  // One route per line: compact, yet a regenerated file diffs route by route.
  const lines = Object.entries(routes).map(([key, op]) => `${JSON.stringify(key)}:${JSON.stringify(op)}`);
  const text = `{"source":${JSON.stringify(out.source)},\n"routes":{\n${lines.join(',\n')}\n}}\n`;
  writeFileSync(target, text);
  console.log(`wrote ${ROUTES.length} routes to ${target} (${(text.length / 1024).toFixed(0)} KiB)`);
}

main();
