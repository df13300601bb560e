// The names the structural edit check knows: where a literal may change and which calls a locator
// replacement may use. Everything not listed here is code, and code never changes in a patch.

/** Playwright calls whose arguments describe an element (page, frame, locator and page objects alike). */
export const LOCATOR_METHODS: ReadonlySet<string> = new Set([
  'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId',
  'locator', 'frameLocator',
]);

/** Calls whose options' strings describe an element too (`filter({ hasText })`). */
export const FILTER_METHODS: ReadonlySet<string> = new Set(['filter']);

/** Option keys whose string values name the element a locator looks for. */
export const LOCATOR_STRING_OPTIONS: ReadonlySet<string> = new Set(['name', 'hasText', 'hasNotText']);

/** Option keys a replacement locator may carry, with the literal kinds they take. */
export const LOCATOR_OPTION_KINDS: ReadonlyMap<string, 'string' | 'boolean' | 'number'> = new Map([
  ['name', 'string'], ['hasText', 'string'], ['hasNotText', 'string'], ['exact', 'boolean'], ['level', 'number'],
  ['checked', 'boolean'], ['pressed', 'boolean'], ['selected', 'boolean'], ['expanded', 'boolean'],
  ['disabled', 'boolean'], ['includeHidden', 'boolean'],
]);

/** Older Page/Frame calls whose first argument is a selector (`page.click('#save')`). */
export const SELECTOR_FIRST_METHODS: ReadonlySet<string> = new Set([
  'click', 'dblclick', 'tap', 'fill', 'check', 'uncheck', 'hover', 'focus', 'press', 'type', 'selectOption',
  'setInputFiles', 'textContent', 'innerText', 'innerHTML', 'inputValue', 'getAttribute', 'isVisible',
  'isHidden', 'isEnabled', 'isDisabled', 'isChecked', 'isEditable', 'waitForSelector', '$', '$$',
]);

/** Request calls whose first argument is a URL or an API path. */
export const PATH_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'fetch', 'goto', 'waitForURL']);

/**
 * Matchers whose expected value is test data, with the index of that argument. Ordering bounds
 * (toBeGreaterThan…), snapshots and option-only matchers (toBeVisible…) are not: changing them proves
 * nothing about the app.
 */
export const EXPECTED_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['toBe', 0], ['toEqual', 0], ['toStrictEqual', 0], ['toContain', 0], ['toContainEqual', 0], ['toMatchObject', 0],
  ['toHaveText', 0], ['toContainText', 0], ['toHaveValue', 0], ['toHaveValues', 0], ['toHaveCount', 0],
  ['toHaveLength', 0], ['toHaveURL', 0], ['toHaveTitle', 0], ['toHaveClass', 0], ['toHaveId', 0],
  ['toHaveAccessibleName', 0], ['toHaveAccessibleDescription', 0], ['toHaveRole', 0], ['toMatch', 0],
  ['toHaveAttribute', 1], ['toHaveCSS', 1], ['toHaveJSProperty', 1], ['toHaveProperty', 1],
]);

/** Matchers whose expected value may be an object whose values are the data. */
export const OBJECT_EXPECTED: ReadonlySet<string> = new Set(['toEqual', 'toStrictEqual', 'toMatchObject', 'toContainEqual', 'toHaveProperty']);

/** Matchers that count: an expected count of 0 would accept a locator that matches nothing. */
export const COUNT_MATCHERS: ReadonlySet<string> = new Set(['toHaveCount', 'toHaveLength']);

/** Matchers that turn a string into a pattern (regular expression or URL glob). */
export const PATTERN_MATCHERS: ReadonlySet<string> = new Set(['toMatch']);
export const GLOB_MATCHERS: ReadonlySet<string> = new Set(['toHaveURL', 'waitForURL']);

/** Selectors that match (nearly) every page: never the element a test meant. */
export const MATCH_ALL_SELECTORS: ReadonlySet<string> = new Set([
  '*', 'body', 'html', ':root', 'css=*', 'css=body', 'css=html', '//*', 'xpath=//*', '//body', 'xpath=//body', '//html', 'xpath=//html', '/html', '*:visible',
]);
