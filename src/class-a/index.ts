export { applyClassAFix, isClassACategory } from './apply.js';
export { restartBackend } from './restart-backend.js';
export { clearSession, signInAgain } from './clear-session.js';
export { refreshTokens, refreshTokenFile, TokenRefreshError } from './refresh-tokens.js';
export { parseTokenAnswer, readTokenFile, replaceTokensInStorageState, writeTokenFile, TokenFileError } from './token-store.js';
export type { TokenPair } from './token-store.js';
export { resolveRestartConfig, resolveHealthUrl, joinUrl, RESTART_COMMAND_ENV, HEALTH_URL_ENV } from './restart-config.js';
export type { ResolvedRestart } from './restart-config.js';
export { decide, guardrailsPath, readGuardrailState, reserveFix, runTimeLeft } from './guardrails.js';
export type { GuardrailSettings, GuardrailState, Reservation, ReserveRequest } from './guardrails.js';
export { acquireLock, withLock, processAlive, LockTimeoutError } from '../common/lock.js';
export type { LockOptions, LockOwner } from '../common/lock.js';
export { runOncePerRun, runUnlessFresh, actionPath } from './shared-action.js';
export type { ActionOutcome, SharedResult } from './shared-action.js';
export { CLASS_A_CATEGORIES, isClassAFixShape, classAFixPath, fixesDir, readClassAFixes, writeClassAFix } from './records.js';
export type { ClassACategory, ClassAFixFile, ClassAFixStatus } from './records.js';
export {
  adoptPendingSetupRecords,
  pendingDirFor,
  readGlobalSetupRecord,
  writeSetupFile,
  GLOBAL_SETUP_FILE,
  GPU_FILE,
} from './setup-records.js';
export type { GlobalSetupRecord } from './setup-records.js';
export type { ClassAInputs, ClassARequest, NamedStep, PlaybookContext, PlaybookResult } from './types.js';
