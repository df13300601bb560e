// The one place specs import `test` and `expect` from: healwright's fixtures (evidence capture, Class A
// fixes before retries). In your own project: `export { test, expect } from 'healwright/fixtures';`.
export { test, expect } from '../src/fixtures/index.js';
