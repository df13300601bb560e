// The one place specs import `test` and `expect` from, so the suite can switch to healwright's
// fixtures by changing this file only.
export { test, expect } from '@playwright/test';
