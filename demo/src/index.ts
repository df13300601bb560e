/** The demo CRM's public face, for tests and scripts that run it in-process. */
export { loadDemoConfig, parseFaultList, DemoConfigError, type DemoConfig } from './config.js';
export { startDemoServer, createAppContext, type DemoServer } from './app/server.js';
export { Supervisor, SupervisorError, type RestartResult, type SupervisorOptions } from './supervisor/supervisor.js';
export { startControlServer, type ControlServer } from './supervisor/control-server.js';
export { FAULT_NAMES, MEMORY_ONLY_FAULTS, isFaultName, type FaultName } from './faults/names.js';
export { DEMO_USER, SEED_TECHNICIANS, createSeedDatabase } from './store/seed.js';
export { DRIFTED_NAME, DRIFT_CUSTOMER_ID } from './domain/data-drift.js';
export { API_ROUTES, activeApiRoutes } from './api/routes.js';
export { buildOpenApiDocument } from './api/openapi.js';
export { CUSTOMERS_PATH, MOVED_CUSTOMERS_PATH, movePath } from './api/route.js';
export { CONTENT_SECURITY_POLICY } from './app/security-headers.js';
