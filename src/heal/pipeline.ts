// The heal pipeline as the reporter loads it: about 0.6 s of modules (the LLM clients, GitHub, the Class
// A, B and C playbooks, the TypeScript parser that reads locators). The reporter starts loading it in
// onBegin, so it loads while the workers start instead of before the run, and awaits it in onEnd.
export { createRunContext } from './context.js';
export { classAStage } from './class-a.js';
export { runHealStages } from './run.js';
export { normalizeLocatorText } from '../class-b/update-selectors/locator.js';
export { baseCommit, buildPublishManifest } from './publish-manifest.js';
