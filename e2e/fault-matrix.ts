/**
 * Which tests each demo fault breaks, and the healwright category a correct triage gives them.
 * Verified by running the suite with each fault on (see e2e/README.md). Test titles are unique
 * across the suite, so a title names one test.
 */

export type DemoFault =
  | 'api-500'
  | 'sessions-invalid'
  | 'tokens-expired'
  | 'ui-renamed'
  | 'route-moved'
  | 'data-changed'
  | 'slow'
  | 'security-header-missing'
  | 'js-error';

export type HealCategory =
  | 'restart-backend'
  | 'clear-session'
  | 'refresh-tokens'
  | 'update-selectors'
  | 'fix-api-routes'
  | 'update-test-data'
  | 'performance'
  | 'security'
  | 'unknown';

export type E2eProject = 'setup' | 'health' | 'contracts' | 'modules' | 'security';

export interface FaultMatrixEntry {
  fault: DemoFault;
  /** The project whose failures show the fault most directly. */
  project: E2eProject;
  /** Titles of every test that fails while the fault is on (and only those). */
  tests: string[];
  /** Every project the failing tests belong to. */
  projects: E2eProject[];
  category: HealCategory;
  /**
   * How to switch it on for a run: `DEMO_FAULTS=<fault>` when the config starts the demo, or
   * `E2E_FAULTS_AFTER_SETUP=<fault>` for the faults that only break credentials issued before them.
   */
  enableWith: 'DEMO_FAULTS' | 'E2E_FAULTS_AFTER_SETUP';
  /** What the failures look like. */
  symptom: string;
}

const T = {
  dashboardCounts: 'dashboard shows the headline counts',
  dashboardScript: 'dashboard runs without script errors',
  reportsBudget: 'reports page loads within the performance budget',
  customersPage: 'GET /api/v1/customers returns a documented page of customers',
  customersSearch: 'GET /api/v1/customers finds customers by search text',
  customerById: 'GET /api/v1/customers/{id} returns the seeded customer',
  customerCreate: 'POST /api/v1/customers creates a customer that matches the schema',
  workOrdersPage: 'GET /api/v1/work-orders returns a documented page of work orders',
  workOrderFlow: 'a pumping job moves from scheduled to done and gets an invoice',
  documentedLists: 'every documented list route answers with its documented schema',
  customersList: 'customers list shows the seeded customers and filters by search',
  addCustomer: 'add a customer through the form',
  customerDetail: 'customer detail shows the seeded customer',
  board: 'work-order board shows the scheduled, in progress and done columns',
  jobFlow: 'schedule, assign, start, complete and invoice a pumping job',
  workload: 'dashboard shows the seeded technician workload',
  pageHeaders: 'pages send CSP, frame and content-type protections',
  apiHeaders: 'API answers send the same protections',
} as const;

const CONTRACTS = [T.customersPage, T.customersSearch, T.customerById, T.customerCreate, T.workOrdersPage, T.workOrderFlow, T.documentedLists];
const MODULES = [T.customersList, T.addCustomer, T.customerDetail, T.board, T.jobFlow, T.workload];

export const FAULT_MATRIX: FaultMatrixEntry[] = [
  {
    fault: 'api-500',
    project: 'modules',
    tests: [T.dashboardCounts, T.dashboardScript, ...CONTRACTS, ...MODULES],
    projects: ['health', 'contracts', 'modules'],
    category: 'restart-backend',
    enableWith: 'DEMO_FAULTS',
    symptom: 'API calls answer 500 Internal Server Error; pages show "500 Internal Server Error"',
  },
  {
    fault: 'sessions-invalid',
    project: 'modules',
    tests: [T.dashboardCounts, T.dashboardScript, T.reportsBudget, ...MODULES],
    projects: ['health', 'modules'],
    category: 'clear-session',
    enableWith: 'E2E_FAULTS_AFTER_SETUP',
    symptom: 'tests using the stored session land on the login page',
  },
  {
    fault: 'tokens-expired',
    project: 'contracts',
    tests: CONTRACTS,
    projects: ['contracts'],
    category: 'refresh-tokens',
    enableWith: 'E2E_FAULTS_AFTER_SETUP',
    symptom: 'API calls with the stored access token answer 401 {"error":"jwt expired"}',
  },
  {
    fault: 'ui-renamed',
    project: 'modules',
    tests: [T.addCustomer],
    projects: ['modules'],
    category: 'update-selectors',
    enableWith: 'DEMO_FAULTS',
    symptom: "getByRole('button', { name: 'Add customer' }): element(s) not found",
  },
  {
    fault: 'route-moved',
    project: 'contracts',
    tests: [T.customersPage, T.customersSearch, T.customerById, T.customerCreate],
    projects: ['contracts'],
    category: 'fix-api-routes',
    enableWith: 'DEMO_FAULTS',
    symptom: 'expect(response).toBeOK() fails with 404 Not Found on /api/v1/customers',
  },
  {
    fault: 'data-changed',
    project: 'modules',
    tests: [T.customerById, T.customerDetail, T.workload],
    projects: ['contracts', 'modules'],
    category: 'update-test-data',
    enableWith: 'DEMO_FAULTS',
    symptom: 'toEqual / toHaveText on seed values: "Alder Creek Farm" is now "Alder Creek Farms LLC"; scheduled 3 is now 4',
  },
  {
    fault: 'slow',
    project: 'health',
    tests: [T.reportsBudget],
    projects: ['health'],
    category: 'performance',
    enableWith: 'DEMO_FAULTS',
    symptom: 'Test timeout of 15000ms exceeded while /reports loads',
  },
  {
    fault: 'security-header-missing',
    project: 'security',
    tests: [T.pageHeaders, T.apiHeaders],
    projects: ['security'],
    category: 'security',
    enableWith: 'DEMO_FAULTS',
    symptom: 'Content-Security-Policy and X-Frame-Options are missing',
  },
  {
    fault: 'js-error',
    project: 'health',
    tests: [T.dashboardScript],
    projects: ['health'],
    category: 'unknown',
    enableWith: 'DEMO_FAULTS',
    symptom: "the dashboard script throws TypeError: Cannot read properties of null (reading 'dataset')",
  },
];
