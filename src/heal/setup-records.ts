// For onBegin: globalSetup ran first and left its records in a pending folder; the reporter adopts them
// here without loading the Class A playbooks.
export { adoptPendingSetupRecords } from '../class-a/setup-records.js';
