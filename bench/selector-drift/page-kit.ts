// The pieces the development drift sets build their pages from: a control that writes "done" (or
// another word) into `#out` when clicked, the `#out` paragraph and the test's check of it, a 1x1 image,
// and `both`, which writes the old and the new page from one template.

/** The intended control: clicking it writes "done". */
export const DONE = `onclick="document.getElementById('out').textContent='done'"`;
/** A decoy: clicking it writes `s`, so the check fails on the wrong element. */
export const WRITES = (s: string) => `onclick="document.getElementById('out').textContent='${s}'"`;
export const OUT = '<p id="out"></p>';
export const CHECK = "await expect(page.locator('#out')).toHaveText('done');";
export const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** Picks the old or the new variant of one piece of a page. */
export type V = (oldPart: string, newPart: string) => string;
export const both = (page: (v: V) => string) => ({ oldHtml: page((o) => o), newHtml: page((_o, n) => n) });
