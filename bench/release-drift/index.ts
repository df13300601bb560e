// The apps of the release-drift bench.
import type { ReleaseApp } from './types.js';
import { CHOICES } from './apps/choices.js';
import { FLATPICKR } from './apps/flatpickr.js';
import { INTRO_JS } from './apps/intro-js.js';
import { JSONEDITOR } from './apps/jsoneditor.js';
import { NOUISLIDER } from './apps/nouislider.js';
import { QUILL } from './apps/quill.js';
import { REVEAL } from './apps/reveal.js';
import { SIMPLE_DATATABLES } from './apps/simple-datatables.js';
import { SLIM_SELECT } from './apps/slim-select.js';
import { SWAGGER_UI } from './apps/swagger-ui.js';
import { SWEETALERT2 } from './apps/sweetalert2.js';
import { TABULATOR } from './apps/tabulator.js';
import { TINYMCE } from './apps/tinymce.js';
import { TOM_SELECT } from './apps/tom-select.js';

export const RELEASE_APPS: ReleaseApp[] = [REVEAL, JSONEDITOR, SWAGGER_UI, TOM_SELECT, FLATPICKR, TABULATOR, CHOICES, INTRO_JS, NOUISLIDER, SLIM_SELECT, SIMPLE_DATATABLES];
/** Apps nobody tunes on: scored once (`release-drift.ts --held-out`), checked with validate.ts. */
export const HELDOUT_RELEASE_APPS: ReleaseApp[] = [QUILL, SWEETALERT2, TINYMCE];

/** The tuned or the held-out apps, only those whose name contains `only` (any case) or whose package is `only` when given (`--app=`). */
export function selectApps(heldOut: boolean, only?: string): ReleaseApp[] {
  return (heldOut ? HELDOUT_RELEASE_APPS : RELEASE_APPS).filter((a) => !only || a.name.toLowerCase().includes(only.toLowerCase()) || a.pkg === only);
}
export { runReleaseApp, type AppReport } from './harness.js';
export type { ReleaseApp, FailureLabel } from './types.js';
