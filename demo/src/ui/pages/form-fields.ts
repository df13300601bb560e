import type { FieldIssue } from '../../domain/errors.js';
import { h, type SafeHtml } from '../html.js';

/** A labelled input whose error (if any) is announced with it via aria-describedby. */
export function field(opts: {
  name: string;
  label: string;
  value?: string | number;
  type?: string;
  required?: boolean;
  issues?: FieldIssue[];
  attrs?: SafeHtml;
}): SafeHtml {
  const issue = opts.issues?.find((i) => i.field === opts.name);
  const id = `f-${opts.name}`;
  return h`<div class="field"><label for="${id}">${opts.label}</label><input id="${id}" name="${opts.name}" type="${opts.type ?? 'text'}" value="${opts.value ?? ''}"${opts.required ? h` required` : ''}${issue ? h` aria-invalid="true" aria-describedby="${id}-error"` : ''}${opts.attrs ?? ''}>${issue ? h`<span class="error" id="${id}-error">${opts.label} ${issue.message}</span>` : ''}</div>`;
}

/** The list of problems at the top of a form that failed validation. */
export function issueSummary(issues: FieldIssue[] | undefined): SafeHtml | '' {
  if (!issues || issues.length === 0) return '';
  return h`<div role="alert" class="errors"><p>Please fix the highlighted fields:</p><ul>${issues.map((i) => h`<li>${i.field} ${i.message}</li>`)}</ul></div>`;
}
