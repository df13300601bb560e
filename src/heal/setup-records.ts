// globalSetup's pending records, adopted by the reporter's onBegin without loading the Class A playbooks.
export { adoptPendingSetupRecords } from '../class-a/setup-records.js';
