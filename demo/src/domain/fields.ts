import { type FieldIssue, ValidationError } from './errors.js';

/** JSON bodies carry typed values; HTML forms carry strings only (an empty one means "not given"). */
export type InputSource = 'json' | 'form';

interface StringRule {
  required?: boolean;
  max?: number;
  pattern?: RegExp;
  patternMessage?: string;
}

/**
 * Reads fields out of a request body and collects every problem, so a client learns about all
 * invalid fields at once. Call {@link done} to throw the collected {@link ValidationError}.
 */
export class FieldReader {
  readonly issues: FieldIssue[] = [];

  constructor(
    private readonly body: Record<string, unknown>,
    private readonly source: InputSource,
  ) {}

  /** Whether the field was given at all (PUT only touches given fields). */
  has(field: string): boolean {
    const v = this.body[field];
    return v !== undefined && v !== null && !(this.source === 'form' && v === '');
  }

  issue(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  string(field: string, rule: StringRule = {}): string | undefined {
    if (!this.has(field)) {
      if (rule.required) this.issue(field, 'is required');
      return undefined;
    }
    const v = this.body[field];
    if (typeof v !== 'string') return void this.issue(field, 'must be a string');
    const s = v.trim();
    if (rule.required && s === '') return void this.issue(field, 'must not be empty');
    if (rule.max !== undefined && s.length > rule.max) return void this.issue(field, `must be at most ${rule.max} characters`);
    if (rule.pattern && s !== '' && !rule.pattern.test(s)) return void this.issue(field, rule.patternMessage ?? 'has an invalid format');
    return s;
  }

  int(field: string, rule: { required?: boolean; min: number; max: number }): number | undefined {
    if (!this.has(field)) {
      if (rule.required) this.issue(field, 'is required');
      return undefined;
    }
    const raw = this.body[field];
    const n = this.source === 'form' && typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) return void this.issue(field, 'must be a whole number');
    if (n < rule.min || n > rule.max) return void this.issue(field, `must be between ${rule.min} and ${rule.max}`);
    return n;
  }

  oneOf<T extends string>(field: string, values: readonly T[], rule: { required?: boolean } = {}): T | undefined {
    const s = this.string(field, { required: rule.required });
    if (s === undefined) return undefined;
    if (!(values as readonly string[]).includes(s)) return void this.issue(field, `must be one of: ${values.join(', ')}`);
    return s as T;
  }

  /** An ISO 8601 date-time (forms send `2026-03-20T09:00` from datetime-local, read as UTC). Returns it normalised. */
  dateTime(field: string, rule: { required?: boolean } = {}): string | undefined {
    const s = this.string(field, { required: rule.required });
    if (s === undefined) return undefined;
    const withZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s}Z` : s;
    const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(withZone) && !Number.isNaN(Date.parse(withZone));
    if (!ok) return void this.issue(field, 'must be an ISO 8601 date-time such as 2026-03-20T09:00:00Z');
    return new Date(withZone).toISOString();
  }

  /** Throws the collected issues, if any. */
  done(): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues);
  }
}

/** Page and page size from a query string; 400 for anything but small positive whole numbers. */
export function readPaging(query: URLSearchParams): { page: number; pageSize: number } {
  const reader = new FieldReader(Object.fromEntries(query), 'form');
  const page = reader.int('page', { min: 1, max: 10_000 }) ?? 1;
  const pageSize = reader.int('pageSize', { min: 1, max: 100 }) ?? 20;
  reader.done();
  return { page, pageSize };
}

/** One page of a list, as every list endpoint answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function paginate<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  const start = (page - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), total: all.length, page, pageSize };
}
