/**
 * A small JSON Schema checker for the subset OpenAPI 3.1 documents use in this suite:
 * $ref, type (also as a list, for nullable), enum, required, properties, additionalProperties: false,
 * items, pattern, format (date-time, email), minimum/maximum, maxLength, minProperties.
 * Keywords it does not know make it throw, so a schema can never pass by being half-read.
 */

export type Schema = Record<string, unknown>;
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

const KNOWN = new Set(['$ref', 'type', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'pattern', 'format', 'minimum', 'maximum', 'maxLength', 'minProperties', 'default', 'description']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
  const target = name ? doc.components?.schemas?.[name] : undefined;
  if (!target) throw new Error(`schema reference ${ref} does not resolve in the document`);
  return resolve(doc, target);
}

/** Every way `value` breaks `schema`, as `path: problem` lines; empty when it conforms. */
export function schemaErrors(doc: OpenApiDocument, schema: Schema, value: unknown, path = '$'): string[] {
  const s = resolve(doc, schema);
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) throw new Error(`schema keyword "${key}" at ${path} is not supported by this checker`);
  const errors: string[] = [];
  const actual = typeOf(value);
  if (s.type !== undefined) {
    const allowed = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    if (!ok) return [`${path}: expected ${allowed.join(' or ')}, got ${actual}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(value)) errors.push(`${path}: "${value}" does not match /${s.pattern}/`);
    if (typeof s.maxLength === 'number' && value.length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
    if (s.format === 'date-time' && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value)))) errors.push(`${path}: "${value}" is not a date-time`);
    if (s.format === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) errors.push(`${path}: "${value}" is not an email`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: ${value} < minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: ${value} > maximum ${s.maximum}`);
  }
  if (actual === 'array' && s.items) {
    (value as unknown[]).forEach((item, i) => errors.push(...schemaErrors(doc, s.items as Schema, item, `${path}[${i}]`)));
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing required property "${key}"`);
    if (typeof s.minProperties === 'number' && Object.keys(obj).length < s.minProperties) errors.push(`${path}: fewer than ${s.minProperties} properties`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = props[key];
      if (sub) errors.push(...schemaErrors(doc, sub, v, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}: property "${key}" is not in the schema`);
    }
  }
  return errors;
}

/** The JSON schema the document gives for `method path` answering `status`; throws when it documents none. */
export function responseSchema(doc: OpenApiDocument, path: string, method: string, status: number): Schema {
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`the OpenAPI document has no ${method.toUpperCase()} ${path}`);
  const schema = op.responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the OpenAPI document has no JSON ${status} response for ${method.toUpperCase()} ${path}`);
  return schema;
}
