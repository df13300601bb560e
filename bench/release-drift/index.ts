// The apps of the release-drift bench.
import type { ReleaseApp } from './types.js';
import { JSONEDITOR } from './apps/jsoneditor.js';
import { REVEAL } from './apps/reveal.js';
import { SWAGGER_UI } from './apps/swagger-ui.js';

export const RELEASE_APPS: ReleaseApp[] = [REVEAL, JSONEDITOR, SWAGGER_UI];
export { runReleaseApp, type AppReport } from './harness.js';
export type { ReleaseApp, FailureLabel } from './types.js';
