// Twenty-sixth development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a Gatsby site's
// CSS-modules class hashes changed by a new build, named twice in one test; Material-UI v4 `makeStyles` class
// counters shifted by a new build; a BEM modifier renamed by a classifieds site's own stylesheet refactor, counted
// with toHaveCount), id renames (a ferry operator's own rebuild, and a booking app whose selectors are kept in a
// constants file), test-attribute renames (`data-testid` named twice in one test, `data-test` and `data-qa`, all
// renamed by the apps' own rebuilds), XPath locators (Webmin's Authentic theme form buttons, phpBB 3.1's extra class
// on the posting form's Submit button), copy edits on placeholder, alt (exact: true), button (the same old name twice
// in one test), title (regular-expression name), heading (exact: true), link (regular expression), label and text
// locators, and two Prettier-style multi-line chains (one in a page object) whose last step names a renamed product;
// and 20 must-refuse: services shut while look-alikes stay (Firefox Send, Google Play Music, PhoneGap Build,
// Forestry, Openpay), opposite actions (Star -> Unstar (exact), Enable -> Disable public access, Block -> Unblock
// community), state changes (a machine stopped, a parcel collected), a price, an amount and a date changed, a
// different record in the same slot (twice), an entry moved behind a closed menu and a field behind a collapsed
// section, a required field dropped, a button that now opens something else, and a component removed where the only
// remaining elements with a similar class are other components. Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find; refuse cases have none.
// Each case is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d26-css-gatsby-css-modules-hash-twice: Gatsby's CSS-modules class names carry a content hash (`product-module--addToBasket--<hash>`); the bakery shop's next build (a dependency upgrade) changed every hash; the test names the class twice.
// d26-css-material-ui-makestyles-counter: Material-UI v4's `makeStyles` class names end in a global counter (`makeStyles-saveButton-14`); a new build registered more style sheets first and every number shifted.
// d26-css-gumtree-bem-filter-chip-count: the classifieds site's own stylesheet refactor renamed a BEM modifier (`filter-chip--active` -> `filter-chip--selected`); the values are this page's.
// d26-id-brittany-ferries-search: the ferry operator's own rebuild renamed its search button's id (`#search-crossings` -> `#sailing-search-submit`); the values are this page's.
// d26-po-doctolib-visit-reason-id: the booking app's own rebuild renamed the visit-reason select's id (`#appointment-reason` -> `#booking-motive-select`); the selectors live in a constants file; the values are this page's.
// d26-testid-habitica-score-up-twice: the habit tracker's own rebuild renamed its `data-testid` hooks (`habit-score-up` -> `task-plus-button`); the test names the hook twice; the values are this page's.
// d26-testid-picnic-add-product: the grocery app's own rebuild renamed its `data-test` hooks (`add-product-button` -> `product-tile-add`); the values are this page's.
// d26-testid-vanmoof-add-to-cart: the bike maker's own rebuild renamed its `data-qa` hooks (`configurator-add-to-cart` -> `bike-config-add-to-cart`); the values are this page's.
// d26-xpath-webmin-authentic-save: Webmin's Authentic theme (the default since 1.8xx) renders form-end buttons as `button.btn.ui_form_end_submit` with an icon and "Save" in a span where the old theme rendered `input[type="submit"][value="Save"]`.
// d26-xpath-phpbb-submit-class: phpBB 3.1's prosilver gave the posting form's Submit button a second class (`button1` -> `button1 default-submit-action`), so an XPath on `@class="button1"` finds nothing.
// d26-placeholder-memsource-to-phrase-tms: Memsource became Phrase TMS (2022).
// d26-alt-skypicker-to-kiwi-com: Skypicker renamed itself Kiwi.com (2016-2017) (exact: true).
// d26-button-drivy-to-getaround-twice: Getaround bought Drivy (2019) and renamed it Getaround (2019-2020); the test names the button twice.
// d26-title-goeuro-to-omio: GoEuro renamed itself Omio (February 2019) (a regular-expression title).
// d26-heading-uberpool-to-uberx-share: Uber replaced UberPOOL with "UberX Share" (2021) (exact: true).
// d26-link-izettle-to-zettle: PayPal renamed iZettle "Zettle by PayPal" (2021) (a regular-expression link name).
// d26-label-webmerge-to-formstack-documents: Formstack renamed WebMerge "Formstack Documents" (2019-2020).
// d26-text-widen-to-acquia-dam: Acquia bought Widen (2021) and renamed it "Acquia DAM" (2022).
// d26-chain-netlify-cms-to-decap: Netlify CMS became Decap CMS (February 2023) (the chain's last step drifts).
// d26-chain-po-xamarin-forms-to-maui: .NET MAUI replaced Xamarin.Forms (May 2022); the IDE's new-project templates name it anew (page object, the chain's last step drifts).
// d26-refuse-firefox-send-shut: Mozilla shut Firefox Send (September 2020); a file app's share options lost it; email and link sharing stay.
// d26-refuse-google-play-music-shut: Google shut Google Play Music (December 2020); a band page's "Listen on" links lost it; YouTube Music stays.
// d26-refuse-phonegap-build-shut: Adobe shut PhoneGap Build (October 1, 2020); a CI tool's mobile build targets lost it; the others stay.
// d26-refuse-forestry-shut: Forestry.io shut (April 2023); a docs site's "Edit in Forestry" went; "Edit on GitHub" and CloudCannon stay.
// d26-refuse-openpay-shut: Openpay went into receivership and stopped (February 2023); a shop's checkout lost it; Clearpay and Klarna stay.
// d26-refuse-codeberg-star-now-unstar: fixture change (the account already starred the repository): "Unstar" is the opposite action (exact: true).
// d26-refuse-kanboard-enable-public-access-now-disable: fixture change (public access is on): "Disable public access" is the opposite action.
// d26-refuse-lemmy-block-community-now-unblock: fixture change (the account already blocked the community): "Unblock community" is the opposite action.
// d26-refuse-fly-io-machine-started-now-stopped: fixture change (the machine was stopped): another state.
// d26-refuse-inpost-ready-now-collected: fixture change (the parcel was collected): another state.
// d26-refuse-uniqlo-price-changed: fixture change (the jacket went on sale): another price.
// d26-refuse-justgiving-raised-changed: fixture change (more donations since): another amount.
// d26-refuse-skiddle-event-moved: fixture change (the promoter moved the night a week): another date.
// d26-refuse-geocaching-different-find: fixture change (another cache was found since; the test's cache is no longer the latest find).
// d26-refuse-mubi-different-film-of-the-day: fixture change (another day, another film in the "Film of the day" slot).
// d26-refuse-tldraw-export-behind-menu: tldraw's editor moved "Export as SVG" into the closed main menu.
// d26-refuse-fillout-redirect-behind-section: Fillout's form settings moved the redirect URL field into a collapsed "After submission" section.
// d26-refuse-ashby-notice-period-dropped: fixture change (the job's application form no longer asks for the required notice period).
// d26-refuse-gopuff-place-order-now-id-check: fixture change (the basket now holds alcohol): "Place order" now opens the ID check instead of ordering.
// d26-refuse-smart-banner-removed: the shop stopped showing its app smart banner; the only `__close` buttons left belong to the chat widget and the toast.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d26-css-gatsby-css-modules-hash-twice (the class names are this
// page's), d26-css-material-ui-makestyles-counter (the numbers are this page's), d26-xpath-webmin-authentic-save (the
// version that made Authentic the default and its exact button markup), d26-xpath-phpbb-submit-class (the version
// that added the second class), d26-placeholder-memsource-to-phrase-tms (the placeholder's wording),
// d26-alt-skypicker-to-kiwi-com (the year), d26-button-drivy-to-getaround-twice (when the Drivy name went and the
// button's wording), d26-heading-uberpool-to-uberx-share (the year and the exact styling of "UberX Share"),
// d26-label-webmerge-to-formstack-documents (the year and the label's wording), d26-text-widen-to-acquia-dam (the
// year), d26-chain-po-xamarin-forms-to-maui (the templates' exact names), d26-refuse-forestry-shut (the month),
// d26-refuse-openpay-shut (the month), d26-refuse-tldraw-export-behind-menu and d26-refuse-fillout-redirect-behind-
// section (whether and when the layouts changed, and the menu's and section's labels), d26-refuse-smart-banner-removed
// (the class names are this page's), and the fixture changes' labels (Codeberg, Kanboard, Lemmy, Fly.io, InPost,
// Uniqlo, JustGiving, Skiddle, Geocaching, Mubi, Ashby, Gopuff).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Crowdin, Rome2rio, Skyscanner, Zipcar, Ubeeqo, UberX, Uber Comfort, SumUp, PayPal, Square, Formstack
// Forms, Acquia Cloud, Netlify Functions, Netlify Forms, Blazor, Spotify, Apple Music, YouTube Music, WeTransfer, Ionic
// Appflow, Codemagic, GitHub, CloudCannon, Clearpay, Klarna (some of these appear in earlier sets, and only as decoys
// here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // Gatsby's CSS-modules class names carry a content hash: the bakery shop's next build changed every hash; the test names the add-to-basket button's class twice.
  {
    id: 'd26-css-gatsby-css-modules-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (local: string, o: string, n: string) => `product-module--${local}--${v(o, n)}`;
      return `<main class="${c('page', 'aQ81z', 'Lx0Tb')}"><h1 class="${c('title', 'c9Pm2', 'Wm4eR')}">Sourdough country loaf</h1><p class="${c('price', 'tT5yk', 'Bn2Qa')}">£5.20</p><label for="qty">Quantity</label><input id="qty" class="${c('qty', 'Hj7sd', 'Po3Xc')}" value="1"><button type="button" class="${c('addToBasket', 'k3Tx1', 'Ze8Ru')}" ${DONE}>Add to basket</button><button type="button" class="${c('saveForLater', 'r6Gh2', 'Yu1Ko')}" ${WRITES('later')}>Save for later</button></main><aside class="basket-module--mini--${v('Qe4Lp', 'Vb7Ns')}"><h2>Your last order</h2><button type="button" class="basket-module--addToBasketAgain--${v('Mm8Vd', 'Tq2Jh')}" ${WRITES('again')}>Add last order to basket</button></aside>${OUT}`;
    }),
    body: `await expect(page.locator('.product-module--addToBasket--k3Tx1')).toBeVisible();\n  await page.locator('.product-module--addToBasket--k3Tx1').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="product-module--addToBasket--"]',
  },
  // Material-UI v4's `makeStyles` class names end in a global counter: a new build registered more style sheets first and every number shifted.
  {
    id: 'd26-css-material-ui-makestyles-counter',
    kind: 'css class',
    ...both((v) => {
      const n = (o: number) => v(String(o), String(o + 3));
      return `<header class="MuiPaper-root MuiAppBar-root makeStyles-appBar-${n(3)}"><h1 class="makeStyles-title-${n(4)}">Invoice INV-2041</h1></header><main class="makeStyles-content-${n(9)}"><p>Harbour Chandlery Ltd · £1,284.00 · due 31 Mar</p><div class="makeStyles-actions-${n(12)}"><button type="button" class="MuiButtonBase-root MuiButton-root MuiButton-outlined makeStyles-cancelButton-${n(13)}" ${WRITES('cancel')}>Cancel</button><button type="button" class="MuiButtonBase-root MuiButton-root MuiButton-outlined makeStyles-saveDraftButton-${n(15)}" ${WRITES('draft')}>Save draft</button><button type="button" class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary makeStyles-saveButton-${n(14)}" ${DONE}>Save and send</button></div></main>${OUT}`;
    }),
    body: `await page.locator('.makeStyles-saveButton-14').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.makeStyles-saveButton-17',
  },
  // The classifieds site's own stylesheet refactor renamed a BEM modifier: `filter-chip--active` -> `filter-chip--selected` (the values are this page's).
  {
    id: 'd26-css-gumtree-bem-filter-chip-count',
    kind: 'css class',
    ...both((v) => {
      const chip = (label: string, on: boolean) => `<button type="button" class="filter-chip${on ? ` filter-chip--${v('active', 'selected')}` : ''}">${label}</button>`;
      return `<main><h1>Bikes for sale in Bristol</h1><div class="filters" aria-label="Filters">${chip('Road bikes', true)}${chip('Mountain bikes', false)}${chip('Under £300', true)}${chip('Private sellers', false)}</div><div class="sort"><button type="button" class="sort-chip sort-chip--active">Most recent</button><button type="button" class="sort-chip">Lowest price</button></div><ul class="results"><li class="listing-card listing-card--active">Ribble CGR AL, 56 cm · £280</li><li class="listing-card">Boardman SLR 8.9 · £260</li></ul></main>`;
    }),
    body: `await expect(page.locator('.filter-chip--active')).toHaveCount(2);`,
    expect: 'heal',
    target: '.filter-chip--selected',
  },
];

const idHeals: Drift[] = [
  // The ferry operator's own rebuild renamed its search button's id: `#search-crossings` -> `#sailing-search-submit` (the values are this page's).
  {
    id: 'd26-id-brittany-ferries-search',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Book a crossing</h1><div class="tabs"><button type="button" id="tab-crossings" ${WRITES('tab-crossings')}>Ferry crossings</button><button type="button" id="tab-holidays" ${WRITES('tab-holidays')}>Holidays</button></div><form class="crossing-search"><label for="route">Route</label><select id="route"><option>Portsmouth - Caen</option><option>Plymouth - Roscoff</option></select><label for="outbound">Outbound</label><input id="outbound" value="2026-05-22"><label for="vehicle">Vehicle</label><select id="vehicle"><option>Car</option><option>Foot passenger</option></select><button type="button" id="${v('search-crossings', 'sailing-search-submit')}" ${DONE}>Search</button></form><form class="holiday-search" hidden><button type="button" id="search-holidays" ${WRITES('holidays')}>Search holidays</button></form><a href="#/timetables" id="crossings-timetable-link" ${WRITES('timetable')}>Timetables</a></main>${OUT}`,
    ),
    body: `await page.locator('#search-crossings').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#sailing-search-submit',
  },
  // The booking app's own rebuild renamed the visit-reason select's id (selectors in a constants file; the values are this page's).
  {
    id: 'd26-po-doctolib-visit-reason-id',
    kind: 'page object',
    ...both(
      (v) => `<main><h1>Dr Léa Martin - General practitioner</h1><p>Cabinet du Port, 4 quai Duguay-Trouin</p><form class="booking"><label for="${v('appointment-reason', 'booking-motive-select')}">Reason for visit</label><select id="${v('appointment-reason', 'booking-motive-select')}" name="motive"><option value="first">First consultation</option><option value="follow-up">Follow-up consultation</option><option value="vaccine">Vaccination</option></select><label for="appointment-patient">Patient</label><select id="appointment-patient" name="patient"><option>Myself</option><option>A relative</option></select><button type="button" id="appointment-confirm">Continue</button></form><aside><label for="appointment-reason-other">Other practitioner's reasons</label><select id="appointment-reason-other" name="other-motive"><option value="x-ray">X-ray</option></select></aside></main>`,
    ),
    imports: `import { BOOKING } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the practitioner page's booking form.
export const BOOKING = {
  reason: '#appointment-reason',
  patient: '#appointment-patient',
  confirm: '#appointment-confirm',
};
`,
    },
    body: `await page.locator(BOOKING.reason).selectOption('follow-up');\n  await expect(page.locator('select[name="motive"]')).toHaveValue('follow-up');`,
    expect: 'heal',
    target: '#booking-motive-select',
  },
];

const testIdHeals: Drift[] = [
  // The habit tracker's own rebuild renamed its `data-testid` hooks: `habit-score-up` -> `task-plus-button`; the test names the hook twice (the values are this page's).
  {
    id: 'd26-testid-habitica-score-up-twice',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Tasks</h1><section aria-label="Habits"><h2>Habits</h2><div class="task habit"><button type="button" data-testid="${v('habit-score-up', 'task-plus-button')}" aria-label="Score up" ${DONE}>+</button><p>Drink a glass of water</p><button type="button" data-testid="${v('habit-score-down', 'task-minus-button')}" aria-label="Score down" ${WRITES('down')}>−</button></div></section><section aria-label="Dailies"><h2>Dailies</h2><div class="task daily"><button type="button" data-testid="${v('daily-check', 'task-check-button')}" aria-label="Check off" ${WRITES('daily')}>✓</button><p>Walk the dog</p></div></section><section aria-label="Rewards"><h2>Rewards</h2><button type="button" data-testid="reward-buy" ${WRITES('reward')}>Buy · 20 gold</button></section></main>${OUT}`,
    ),
    body: `await expect(page.getByTestId('habit-score-up')).toBeEnabled();\n  await page.getByTestId('habit-score-up').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="task-plus-button"]',
  },
  // The grocery app's own rebuild renamed its `data-test` hooks: `add-product-button` -> `product-tile-add` (the values are this page's).
  {
    id: 'd26-testid-picnic-add-product',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Dairy</h1><ul class="products"><li class="product-tile"><h2>Semi-skimmed milk 2 L</h2><p data-test="product-price">£1.55</p><button type="button" data-test="${v('remove-product-button', 'product-tile-remove')}" aria-label="Remove one" ${WRITES('remove')}>−</button><span data-test="product-quantity">1</span><button type="button" data-test="${v('add-product-button', 'product-tile-add')}" aria-label="Add one" ${DONE}>+</button></li></ul><section class="recipe"><h2>Pancakes for four</h2><button type="button" data-test="recipe-add-all-button" ${WRITES('recipe')}>Add all ingredients</button></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-test="add-product-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test="product-tile-add"]',
  },
  // The bike maker's own rebuild renamed its `data-qa` hooks: `configurator-add-to-cart` -> `bike-config-add-to-cart` (the values are this page's).
  {
    id: 'd26-testid-vanmoof-add-to-cart',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>S5</h1><p data-qa="configurator-price">£2,998</p><fieldset data-qa="configurator-colour"><legend>Colour</legend><label><input type="radio" name="colour" checked> Dark</label><label><input type="radio" name="colour"> Light</label></fieldset><button type="button" data-qa="${v('configurator-add-to-cart', 'bike-config-add-to-cart')}" ${DONE}>Add to cart</button><button type="button" data-qa="${v('configurator-test-ride', 'bike-config-test-ride')}" ${WRITES('test-ride')}>Book a test ride</button><section><h2>Accessories</h2><article><h3>Front carrier</h3><button type="button" data-qa="accessory-add-to-cart" ${WRITES('carrier')}>Add to cart</button></article></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-qa="configurator-add-to-cart"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-qa="bike-config-add-to-cart"]',
  },
];

const xpathHeals: Drift[] = [
  // Webmin's Authentic theme renders form-end buttons as `button.ui_form_end_submit` with an icon: the XPath on `input[@value="Save"]` finds nothing.
  {
    id: 'd26-xpath-webmin-authentic-save',
    kind: 'xpath',
    ...both((v) => {
      const btn = (label: string, extra: string, cls: string) =>
        v(`<input type="submit" name="${cls}" value="${label}" ${extra}>`, `<button type="submit" name="${cls}" class="btn btn-${cls === 'save' ? 'success' : 'danger'} ui_form_end_submit" ${extra}><i class="fa fa-fw fa-${cls === 'save' ? 'floppy-o' : 'times-circle'}"></i> <span>${label}</span></button>`);
      return `<h1>Scheduled Cron Jobs</h1><a href="#/" ${WRITES('index')}>Return to cron list</a><form action="#" onsubmit="return false"><table class="${v('ui_table', 'table table-striped ui_table')}"><tr><td><b>Execute cron job as</b></td><td><input name="user" value="root"></td></tr><tr><td><b>Command</b></td><td><input name="cmd" value="/usr/local/bin/backup-harbour.sh"></td></tr><tr><td><b>Active?</b></td><td><input type="radio" name="active" value="1" checked> Yes <input type="radio" name="active" value="0"> No</td></tr></table>${btn('Save', DONE, 'save')}${btn('Delete', WRITES('delete'), 'delete')}</form><form action="#" onsubmit="return false"><input type="submit" name="run" value="Run Now" ${WRITES('run')}></form>${OUT}`;
    }),
    body: `await page.locator('//form//input[@type="submit" and @value="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[name="save"]',
  },
  // phpBB 3.1's prosilver gave the posting form's Submit button a second class: the XPath on `@class="button1"` finds nothing.
  {
    id: 'd26-xpath-phpbb-submit-class',
    kind: 'xpath',
    ...both(
      (v) => `<h2>Harbour Owners Forum</h2><form id="postform" action="#" onsubmit="return false"><h3>Post a reply</h3><dl><dt><label for="subject">Subject:</label></dt><dd><input type="text" name="subject" id="subject" class="inputbox autowidth" value="Re: Winter mooring rates"></dd></dl><textarea name="message" id="message" class="inputbox">Same here, up 8% on last year.</textarea><fieldset class="submit-buttons"><input type="submit" name="preview" value="Preview" class="button2" ${WRITES('preview')}> <input type="submit" name="save" value="Save draft" class="button2" ${WRITES('draft')}> <input type="submit" name="post" value="Submit" class="${v('button1', 'button1 default-submit-action')}" ${DONE}></fieldset></form><form action="#" onsubmit="return false"><input type="submit" name="search" value="Search" class="button1" ${WRITES('search')}></form>${OUT}`,
    ),
    body: `await page.locator('//form[@id="postform"]//input[@class="button1" and @value="Submit"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'input[name="post"]',
  },
];

const copyHeals: Drift[] = [
  // Memsource became Phrase TMS (2022): the localisation dashboard's project search names it anew.
  {
    id: 'd26-placeholder-memsource-to-phrase-tms',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Translation</h1><section class="tms"><h2>${v('Memsource', 'Phrase TMS')}</h2><input type="search" name="tms-q" placeholder="${v('Search Memsource projects', 'Search Phrase TMS projects')}"></section><section class="tms"><h2>Crowdin</h2><input type="search" name="crowdin-q" placeholder="Search Crowdin projects"></section><section><h2>Glossary</h2><input type="search" name="glossary-q" placeholder="Search glossary terms"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Memsource projects').fill('harbour-app');\n  await expect(page.locator('input[name="tms-q"]')).toHaveValue('harbour-app');`,
    expect: 'heal',
    target: 'input[name="tms-q"]',
  },
  // Skypicker renamed itself Kiwi.com: the travel site's logo alt text is the new name (exact: true).
  {
    id: 'd26-alt-skypicker-to-kiwi-com',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img class="logo" src="${GIF}" alt="${v('Skypicker', 'Kiwi.com')}" width="96" height="28"></a></header><main><h1>Bristol to Split</h1><p>Sat 6 Jun · 1 stop · 7 h 40 min</p><img class="badge" src="${GIF}" alt="${v('Price guarantee', 'Kiwi.com Guarantee')}" width="24" height="24"><img class="partner" src="${GIF}" alt="Skyscanner rating" width="24" height="24"></main>`,
    ),
    body: `await expect(page.getByAltText('Skypicker', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // Getaround bought Drivy and renamed it: the car-sharing comparison names the button anew; the test names the button twice.
  {
    id: 'd26-button-drivy-to-getaround-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Cars near Gare Saint-Charles</h1><p>Sat 9 May, 09:00 - 18:00</p><div class="providers"><button type="button" class="book-zipcar" ${WRITES('zipcar')}>Book with Zipcar</button><button type="button" class="book-p2p" ${DONE}>${v('Book with Drivy', 'Book with Getaround')}</button><button type="button" class="book-ubeeqo" ${WRITES('ubeeqo')}>Book with Ubeeqo</button></div></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Book with Drivy' })).toBeVisible();\n  await page.getByRole('button', { name: 'Book with Drivy' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.book-p2p',
  },
  // GoEuro renamed itself Omio (2019): a route page's search-elsewhere icon's tooltip names it anew (a regular-expression title).
  {
    id: 'd26-title-goeuro-to-omio',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>Paris to Amsterdam</h1><p>From 3 h 18 min by train</p><div class="search-elsewhere">${icon('search-rome2rio', 'Search on Rome2rio', WRITES('rome2rio'))}${icon('search-trains', v('Search on GoEuro', 'Search on Omio'), DONE)}${icon('search-skyscanner', 'Search on Skyscanner', WRITES('skyscanner'))}</div></main>${OUT}`;
    }),
    body: `await page.getByTitle(/search on goeuro/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.search-trains',
  },
  // Uber replaced UberPOOL with "UberX Share" (2021): the ride options' heading names it anew (exact: true).
  {
    id: 'd26-heading-uberpool-to-uberx-share',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Choose a ride</h1><section><h2>UberX</h2><p>£14.20 · 4 min away</p></section><section><h2 class="shared">${v('UberPOOL', 'UberX Share')}</h2><p>£9.80 · share with up to 1 rider</p></section><section><h2>Uber Comfort</h2><p>£17.60 · newer cars, extra legroom</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'UberPOOL', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.shared',
  },
  // PayPal renamed iZettle "Zettle by PayPal" (2021): the POS integrations name it anew (a regular-expression link name).
  {
    id: 'd26-link-izettle-to-zettle',
    kind: 'renamed text',
    ...both((v) => {
      const pos = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="pos-${cls}" ${extra}>${label}</a></li>`;
      return `<main><h1>Point of sale</h1><p>Sync in-store sales with your stock.</p><ul class="pos">${pos('sumup', 'SumUp', WRITES('sumup'))}${pos('zettle', v('iZettle', 'Zettle by PayPal'), DONE)}${pos('square', 'Square', WRITES('square'))}</ul><a href="#/paypal" ${WRITES('paypal')}>PayPal online payments</a></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^izettle$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.pos-zettle',
  },
  // Formstack renamed WebMerge "Formstack Documents": the automation tool's connection form labels its field anew.
  {
    id: 'd26-label-webmerge-to-formstack-documents',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Connections</h1><form><label for="conn-forms">Formstack Forms API key</label><input id="conn-forms" name="forms"><label for="conn-docs">${v('WebMerge API key', 'Formstack Documents API key')}</label><input id="conn-docs" name="docs"><label for="conn-sign">Formstack Sign API key</label><input id="conn-sign" name="sign"><button type="button">Save connections</button></form></main>`,
    ),
    body: `await page.getByLabel('WebMerge API key').fill('wm_live_7f3a');\n  await expect(page.locator('#conn-docs')).toHaveValue('wm_live_7f3a');`,
    expect: 'heal',
    target: '#conn-docs',
  },
  // Acquia bought Widen and renamed it "Acquia DAM": the CMS's image panel names the source anew.
  {
    id: 'd26-text-widen-to-acquia-dam',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Edit page: Summer timetable</h1><figure><img src="${GIF}" alt="Harbour at dawn" width="120" height="60"><figcaption>Harbour at dawn</figcaption></figure><p class="sync-source">${v('Synced from Widen', 'Synced from Acquia DAM')}</p><p class="hosting">Hosted on Acquia Cloud</p><p class="license">Licence: staff photo, all channels</p></main>`,
    ),
    body: `await expect(page.getByText('Synced from Widen')).toBeVisible();`,
    expect: 'heal',
    target: 'p.sync-source',
  },
];

const chainHeals: Drift[] = [
  // Netlify CMS became Decap CMS (2023): the site dashboard's tools nav names it anew (the chain's last step drifts).
  {
    id: 'd26-chain-netlify-cms-to-decap',
    kind: 'multi-line chain',
    ...both((v) => {
      const tool = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="tool-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Content tools"><ul>${tool('functions', 'Netlify Functions', WRITES('functions'))}${tool('cms', v('Netlify CMS', 'Decap CMS'), DONE)}${tool('forms', 'Netlify Forms', WRITES('forms'))}</ul></nav></header><main><h1>harbour-docs</h1><a href="#/cms-docs" ${WRITES('docs')}>Read the ${v('Netlify CMS', 'Decap CMS')} docs</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Content tools' })\n    .getByRole('link', { name: 'Netlify CMS' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.tool-cms',
  },
  // .NET MAUI replaced Xamarin.Forms: the IDE's new-project templates name it anew (page object, the chain's last step drifts).
  {
    id: 'd26-chain-po-xamarin-forms-to-maui',
    kind: 'multi-line chain',
    ...both((v) => {
      const tpl = (cls: string, name: string, extra: string) => `<li><a href="#/${cls}" class="tpl-${cls}" ${extra}>${name}</a></li>`;
      return `<main><h1>Create a new project</h1><section aria-label="Mobile" class="mobile"><h2>Mobile</h2><ul>${tpl('android', 'Android App', WRITES('android'))}${tpl('cross', v('Xamarin.Forms App', '.NET MAUI App'), DONE)}${v('', tpl('maui-blazor', '.NET MAUI Blazor Hybrid App', WRITES('blazor-hybrid')))}${tpl('ios', 'iOS App', WRITES('ios'))}</ul></section><section aria-label="Web"><h2>Web</h2><ul>${tpl('blazor', 'Blazor Web App', WRITES('blazor'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { NewProjectPage } from './new-project-page';`,
    files: {
      'new-project-page.ts': `import type { Page } from '@playwright/test';

export class NewProjectPage {
  constructor(readonly page: Page) {}

  async chooseCrossPlatformTemplate() {
    await this.page
      .getByRole('region', { name: 'Mobile' })
      .getByRole('link', { name: 'Xamarin.Forms App' })
      .click();
  }

  async chooseWebTemplate() {
    await this.page
      .getByRole('region', { name: 'Web' })
      .getByRole('link', { name: 'Blazor Web App' })
      .click();
  }
}
`,
    },
    body: `await new NewProjectPage(page).chooseCrossPlatformTemplate();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.mobile a.tpl-cross',
  },
];

const refuseRemoved: Drift[] = [
  // Mozilla shut Firefox Send (September 2020): the file app's share options lost it; email and link sharing stay.
  {
    id: 'd26-refuse-firefox-send-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="share-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Share "harbour-survey.pdf"</h1><p>4.2 MB</p><div class="share-options">${b('email', 'Share by email', WRITES('email'))}${b('link', 'Copy share link', WRITES('link'))}${v(b('send', 'Share with Firefox Send', DONE), '')}${b('wetransfer', 'Share with WeTransfer', WRITES('wetransfer'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Share with Firefox Send' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Google Play Music (December 2020): the band page's "Listen on" links lost it; YouTube Music stays.
  {
    id: 'd26-refuse-google-play-music-shut',
    kind: 'refuse',
    ...both((v) => {
      const l = (label: string, extra: string) => `<li><a href="#/${label.toLowerCase().replace(/\W+/g, '-')}" ${extra}>Listen on ${label}</a></li>`;
      return `<main><h1>The Lighthouse Keepers</h1><p>New album "Slack Water" out now</p><ul class="listen">${l('Spotify', WRITES('spotify'))}${l('Apple Music', WRITES('apple'))}${v(l('Google Play Music', DONE), '')}${l('YouTube Music', WRITES('youtube'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Listen on Google Play Music' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Adobe shut PhoneGap Build (October 1, 2020): the CI tool's mobile build targets lost it; the others stay.
  {
    id: 'd26-refuse-phonegap-build-shut',
    kind: 'refuse',
    ...both((v) => {
      const t = (cls: string, label: string, extra: string) => `<button type="button" class="build-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Build harbour-app</h1><p>Commit 4e1c9a2 on main</p><div class="build-targets">${t('appflow', 'Build with Ionic Appflow', WRITES('appflow'))}${v(t('phonegap', 'Build with PhoneGap Build', DONE), '')}${t('codemagic', 'Build with Codemagic', WRITES('codemagic'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Build with PhoneGap Build' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Forestry.io shut (2023): the docs site's "Edit in Forestry" went; "Edit on GitHub" and CloudCannon stay.
  {
    id: 'd26-refuse-forestry-shut',
    kind: 'refuse',
    ...both(
      (v) => `<main><article><h1>Configuring tide alerts</h1><p>Alerts are sent 30 minutes before high water.</p></article><footer class="page-edit"><a href="#/github" class="edit-link" ${WRITES('github')}>Edit on GitHub</a>${v(`<a href="#/forestry" class="edit-link" ${DONE}>Edit in Forestry</a>`, '')}<a href="#/cloudcannon" class="edit-link" ${WRITES('cloudcannon')}>Edit in CloudCannon</a></footer></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Edit in Forestry' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Openpay stopped trading (2023): the shop's checkout lost it; Clearpay and Klarna stay.
  {
    id: 'd26-refuse-openpay-shut',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="radio" name="payment" value="${value}"> ${label}</label>`;
      return `<main><h1>Checkout</h1><p>Order total £186.00</p><fieldset><legend>Payment method</legend>${opt('card', 'Card')}${opt('clearpay', 'Pay in 4 with Clearpay')}${v(opt('openpay', 'Pay with Openpay'), '')}${opt('klarna', 'Pay in 3 with Klarna')}</fieldset><button type="button">Continue</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Pay with Openpay' }).check();\n  await expect(page.locator('input[value="openpay"]')).toBeChecked();`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The account already starred the repository (fixture change): Codeberg shows "Unstar" where "Star" was (exact: true).
  {
    id: 'd26-refuse-codeberg-star-now-unstar',
    kind: 'refuse',
    ...both(
      (v) => `<main><div class="repo-header"><h1>harbour/tide-tables</h1><div class="repo-buttons"><button type="button" class="watch" ${WRITES('watch')}>Watch</button><span class="count">7</span><button type="button" class="star" ${v(DONE, WRITES('unstar'))}>${v('Star', 'Unstar')}</button><span class="count">${v('41', '42')}</span><button type="button" class="fork" ${WRITES('fork')}>Fork</button></div></div><p>Tide tables for UK harbours, as JSON.</p><a href="#/stars" ${WRITES('stargazers')}>Stargazers</a></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Star', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Public access is on (fixture change): Kanboard's project settings show "Disable public access" where "Enable public access" was.
  {
    id: 'd26-refuse-kanboard-enable-public-access-now-disable',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour refit - Public access</h1><p>${v('Public access is disabled.', 'Public access is enabled. Anyone with the links below can see the board.')}</p><ul class="project-actions"><li><a href="#/public" class="public-access" ${v(DONE, WRITES('disable'))}>${v('Enable public access', 'Disable public access')}</a></li><li><a href="#/notifications" ${WRITES('notifications')}>Enable notifications</a></li><li><a href="#/duplicate" ${WRITES('duplicate')}>Duplicate project</a></li></ul></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Enable public access' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The account already blocked the community (fixture change): Lemmy shows "Unblock community" where "Block community" was.
  {
    id: 'd26-refuse-lemmy-block-community-now-unblock',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>!sailing@harbour.social</h1><p>2,318 subscribers</p><aside class="community-sidebar"><button type="button" ${WRITES('subscribe')}>Subscribe</button><button type="button" class="block-community" ${v(DONE, WRITES('unblock'))}>${v('Block community', 'Unblock community')}</button></aside><article><h2>Anyone moored at Falmouth this winter?</h2><p>by <a href="#/u/skipper">skipper</a></p><button type="button" ${WRITES('block-user')}>Block user</button></article></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Block community' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // The machine was stopped (fixture change): the Fly.io dashboard shows another state.
  {
    id: 'd26-refuse-fly-io-machine-started-now-stopped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>harbour-api</h1><table><tr><th>Machine</th><th>Region</th><th>State</th></tr><tr><td>3d8d9e1f</td><td>lhr</td><td class="state">${v('started', 'stopped')}</td></tr></table><p>Image: harbour-api:deployment-01HQ</p><button type="button">Restart</button></main>`,
    ),
    body: `await expect(page.getByText('started', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The parcel was collected (fixture change): InPost's tracking page shows another state.
  {
    id: 'd26-refuse-inpost-ready-now-collected',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Parcel 6800 3412 7751 0093</h1><p class="parcel-status">${v('Ready to collect', 'Collected')}</p><p>Locker BRI05M · Temple Meads station</p><p>${v('Collect by Sat 14 Mar, 18:40', 'Collected Thu 12 Mar, 08:12')}</p><button type="button">Get directions</button></main>`,
    ),
    body: `await expect(page.getByText('Ready to collect')).toBeVisible();`,
    expect: 'refuse',
  },
  // The jacket went on sale (fixture change): Uniqlo's product page shows another price.
  {
    id: 'd26-refuse-uniqlo-price-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Pocketable UV protection parka</h1><p class="price">${v('£29.90', '£19.90')}</p><p>Navy · M</p><button type="button">Add to basket</button><p>Free delivery over £50</p></main>`,
    ),
    body: `await expect(page.getByText('£29.90')).toBeVisible();`,
    expect: 'refuse',
  },
  // More donations since (fixture change): the JustGiving page shows another amount.
  {
    id: 'd26-refuse-justgiving-raised-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Swimming the harbour for the RNLI</h1><p class="raised">${v('£2,340 raised', '£2,615 raised')}</p><p>of £3,000 target · 96 supporters</p><button type="button">Donate</button><button type="button">Share</button></main>`,
    ),
    body: `await expect(page.getByText('£2,340 raised')).toBeVisible();`,
    expect: 'refuse',
  },
  // The promoter moved the night a week (fixture change): the Skiddle event page shows another date.
  {
    id: 'd26-refuse-skiddle-event-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Quayside Soul Club</h1><p class="when">${v('Sat 14 Mar, 9:00 pm', 'Sat 21 Mar, 9:00 pm')}</p><p>The Louisiana, Bristol</p><p>£8.50</p><button type="button">Get tickets</button></main>`,
    ),
    body: `await expect(page.getByText('Sat 14 Mar, 9:00 pm')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // Another cache was found since (fixture change): the Geocaching profile's latest find is another record.
  {
    id: 'd26-refuse-geocaching-different-find',
    kind: 'refuse',
    ...both((v) => {
      const f = (name: string, meta: string, extra: string) => `<li class="find"><a href="#/${name.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${name}</a><span>${meta}</span></li>`;
      return `<main><h1>harbourhunter</h1><p>312 finds</p><h2>Latest finds</h2><ul>${v(f('Harbour Light Micro', 'Traditional · 2 Mar', DONE), f('Breakwater Puzzle', 'Mystery · 7 Mar', WRITES('breakwater')))}${f('Quay Steps Multi', 'Multi-cache · 28 Feb', WRITES('quay'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Harbour Light Micro' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another day (fixture change): Mubi's "Film of the day" slot shows another film.
  {
    id: 'd26-refuse-mubi-different-film-of-the-day',
    kind: 'refuse',
    ...both((v) => {
      const film = (title: string, meta: string, extra: string) => `<article class="film-of-the-day"><h2>Film of the day</h2><h3>${title}</h3><p>${meta}</p><button type="button" ${extra}>Watch ${title}</button></article>`;
      return `<main><h1>Now showing</h1>${v(film('Aftersun', 'Charlotte Wells · 2022 · 101 min', DONE), film('Petite Maman', 'Céline Sciamma · 2021 · 72 min', WRITES('petite-maman')))}<section><h2>Leaving soon</h2><button type="button" ${WRITES('leaving')}>Watch The Souvenir</button></section></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Watch Aftersun' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // tldraw's editor moved "Export as SVG" into the closed main menu.
  {
    id: 'd26-refuse-tldraw-export-behind-menu',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${label}</button>`;
      const exp = v(
        b('Export as SVG', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="Main menu" ${WRITES('menu')}>☰</button><div role="menu" aria-label="Main menu" hidden><button type="button" role="menuitem" ${WRITES('svg-hidden')}>Export as SVG</button><button type="button" role="menuitem" ${WRITES('png-hidden')}>Export as PNG</button><button type="button" role="menuitem" ${WRITES('print-hidden')}>Print</button></div>`,
      );
      return `<main><div class="tl-toolbar" role="toolbar" aria-label="Tools">${b('Select', WRITES('select'))}${b('Draw', WRITES('draw'))}${exp}${b('Share', WRITES('share'))}</div><h1>Harbour layout sketch</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Export as SVG' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Fillout's form settings moved the redirect URL field into a collapsed "After submission" section.
  {
    id: 'd26-refuse-fillout-redirect-behind-section',
    kind: 'refuse',
    ...both((v) => {
      const redirect = '<label for="redirect-url">Redirect URL</label><input id="redirect-url" name="redirect">';
      return `<main><h1>Form settings</h1><form><label for="form-title">Form title</label><input id="form-title" name="title" value="Mooring enquiry"><label for="notify">Notification email</label><input id="notify" name="notify" value="office@harbour.example">${v(redirect, `<details class="after-submission"><summary>After submission</summary><label for="thanks">Thank-you message</label><textarea id="thanks" name="thanks"></textarea>${redirect}</details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Redirect URL').fill('https://harbour.example/thanks');\n  await expect(page.locator('#redirect-url')).toHaveValue('https://harbour.example/thanks');`,
    expect: 'refuse',
  },
  // The job's application form no longer asks for the required notice period (fixture change).
  {
    id: 'd26-refuse-ashby-notice-period-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour Operations Analyst</h1><form><label for="name">Name</label><input id="name" name="name" required><label for="email">Email</label><input id="email" name="email" type="email" required><label for="resume">Resume</label><input id="resume" name="resume" type="file">${v('<label for="notice">Notice period</label><input id="notice" name="notice" required>', '')}<label for="start">Earliest start date</label><input id="start" name="start"><button type="button">Submit application</button></form></main>`,
    ),
    body: `await page.getByLabel('Notice period').fill('1 month');\n  await expect(page.locator('input[name="notice"]')).toHaveValue('1 month');`,
    expect: 'refuse',
  },
  // The basket now holds alcohol (fixture change): Gopuff's "Place order" now opens the ID check instead of ordering.
  {
    id: 'd26-refuse-gopuff-place-order-now-id-check',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Checkout</h1><ul class="basket"><li>Sparkling water 6 x 500 ml · $4.99</li>${v('<li>Sea salt crisps · $2.49</li>', '<li>Harbour Pale Ale 6-pack · $11.99</li><li class="note">Contains age-restricted items: ID required</li>')}</ul><p>Deliver to 12 Dock Street · 20-30 min</p><div class="checkout-actions"><button type="button" ${WRITES('promo')}>Add promo code</button><button type="button" class="place-order" ${v(DONE, WRITES('id-check'))}>Place order</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Place order' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The shop stopped showing its app smart banner: `.smart-banner__close` finds nothing; the only close buttons left belong to the chat widget and the toast.
  {
    id: 'd26-refuse-smart-banner-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="smart-banner smart-banner--ios" role="region" aria-label="Get the app"><p class="smart-banner__text">Quayside Outfitters: faster in the app</p><a href="#/app" class="smart-banner__cta" ${WRITES('app')}>View</a><button type="button" class="smart-banner__close" aria-label="Close" ${DONE}>×</button></div>`, '')}<header><a href="#/">Quayside Outfitters</a></header><main><h1>Deck shoes</h1><p>24 products</p></main><div class="toast" role="status"><p class="toast__text">Size guide updated</p><button type="button" class="toast__close" aria-label="Close" ${WRITES('toast')}>×</button></div><div class="chat-widget"><p class="chat-widget__text">Questions? Chat with us</p><button type="button" class="chat-widget__close" aria-label="Close" ${WRITES('chat')}>×</button></div>${OUT}`,
    ),
    body: `await page.locator('.smart-banner__close').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_26_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
