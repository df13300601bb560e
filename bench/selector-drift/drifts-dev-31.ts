// Thirty-first development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a shoe shop's
// Vite CSS-modules class hashes changed by a new build, named twice in one test; Bootstrap 5 replacing `no-gutters`
// with the `g-0` gutter utility in a dental practice portal's own upgrade; a BEM modifier renamed by a bookshop's
// own stylesheet refactor, counted with toHaveCount), id renames (a property portal's own rebuild, and a pet
// grooming booking app whose selectors are kept in a constants file), test-attribute renames (`data-testid` named
// twice in one test, `data-test` and `data-cy`, all renamed by the apps' own rebuilds), XPath locators (vtiger CRM
// 7's Bootstrap save button replacing the `crmbutton` input, OpenEMR replacing its `css_button` links with Bootstrap
// buttons), copy edits on placeholder, alt (exact: true), button (the same old name twice in one test), title
// (regular-expression name), heading (exact: true), link (regular expression), label and text locators, and two
// Prettier-style multi-line chains (one in a page object) whose last step names a renamed product; and 20
// must-refuse: services shut while look-alikes stay (mLab, Google Cloud Debugger, Flybe, Google Currents, AWS
// CodeStar), opposite actions (Boost -> Cancel boost (exact), Unlock -> Lock, Turn off camera -> Turn on camera),
// state changes (an error item resolved, a network member gone offline), a price, an amount and a date changed, a
// different record in the same slot (twice), an entry moved behind a closed menu and a field behind a collapsed
// section, a required field dropped, a button that now opens something else, and a component removed where the only
// remaining elements with a similar class are other components. Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find; refuse cases have
// none. Each case is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d31-css-schuh-vite-css-modules-hash-twice: Vite's CSS modules scope class names as `_[local]_[hash]_[line]` (`_addToBag_<hash>_<line>`); the shoe shop's next build (a dependency upgrade) changed every hash; the test names the class twice.
// d31-css-dental-bootstrap-5-g-0: Bootstrap 5 (May 2021) dropped `.no-gutters` for the gutter utilities (`.g-0`) (and `ml-auto` -> `ms-auto`, `text-right` -> `text-end`); a dental practice's patient portal moved over in its own upgrade.
// d31-css-waterstones-bem-signed-flag-count: the bookshop's own stylesheet refactor renamed a BEM modifier (`book-card__flag--signed` -> `book-card__flag--signed-copy`); the flag text stays; the values are this page's.
// d31-id-onthemarket-location: the property portal's own rebuild renamed its location search input's id (`#searchLocation` -> `#location-search-input`); the values are this page's.
// d31-po-pets-at-home-grooming-breed-id: the grooming salon booking app's own rebuild renamed the breed select's id (`#dogBreed` -> `#breed-select`); the selectors live in a constants file; the values are this page's.
// d31-testid-hotel-chocolat-add-to-bag-twice: the chocolatier's own rebuild renamed its `data-testid` hooks (`add-to-bag-button` -> `pdp-add-to-bag`); the test names the hook twice; the values are this page's.
// d31-testid-lush-spa-book-treatment: the spa booking page's own rebuild renamed its `data-test` hooks (`book-treatment` -> `spa-treatment-book`); the values are this page's.
// d31-testid-easyjet-search-flights: the airline's own rebuild renamed its Cypress hooks (`search-flights` -> `flight-search-submit`); the values are this page's.
// d31-xpath-vtiger-7-save: vtiger CRM 7 (2017) moved its UI to Bootstrap: the edit view's `input.crmbutton.small.save` gave way to `button.btn.btn-success.saveButton`, so an XPath on `@class="crmbutton small save"` finds nothing.
// d31-xpath-openemr-bootstrap-save: OpenEMR's later releases replaced its `a.css_button` links (a `<span>` inside) with Bootstrap buttons (`button.btn.btn-primary.btn-save`), so an XPath on `@class="css_button"` finds nothing.
// d31-placeholder-arriva-trains-wales-to-transport-for-wales: the Wales and Borders franchise passed from Arriva Trains Wales to Transport for Wales (October 2018).
// d31-alt-office-lens-to-microsoft-lens: Microsoft renamed Office Lens "Microsoft Lens" (2020) (exact: true).
// d31-button-logentries-to-insightops-twice: Rapid7 folded Logentries into InsightOps (2017); the test names the button twice.
// d31-title-balsamiq-mockups-to-wireframes: Balsamiq renamed Balsamiq Mockups "Balsamiq Wireframes" (2020) (a regular-expression title); Balsamiq Cloud stays.
// d31-heading-groove-music-to-media-player: Microsoft replaced Groove Music with the new Media Player (2022) (exact: true); Windows Media Player Legacy stays.
// d31-link-einstein-analytics-to-crm-analytics: Salesforce renamed Einstein Analytics "Tableau CRM" (2020) and then "CRM Analytics" (2021) (a regular-expression link name); Einstein Bots keeps its name.
// d31-label-common-data-service-to-dataverse: Microsoft renamed Common Data Service "Microsoft Dataverse" (November 2020).
// d31-text-sage-one-to-sage-accounting: Sage renamed Sage One "Sage Accounting" (2018-2019); Sage Payroll stays.
// d31-chain-bp-chargemaster-to-bp-pulse: BP renamed BP Chargemaster and its Polar network "bp pulse" (2019) (the chain's last step drifts).
// d31-chain-po-mytaxi-to-free-now: Daimler and BMW renamed mytaxi "FREE NOW" (2019) (page object, the chain's last step drifts).
// d31-refuse-mlab-shut: MongoDB wound down mLab after buying it (2020); a hosting dashboard's database add-ons lost it; Redis Cloud and Postgres stay.
// d31-refuse-google-cloud-debugger-shut: Google shut Cloud Debugger (May 2023); the console's operations links lost it; Cloud Trace and Cloud Profiler stay.
// d31-refuse-flybe-collapsed: Flybe stopped trading (January 2023); a flight search's airline filters lost it; Loganair and Aer Lingus Regional stay.
// d31-refuse-google-currents-shut: Google shut Currents (July 2023); an intranet's "Share to" tabs lost it; Google Chat and Slack stay.
// d31-refuse-aws-codestar-shut: AWS shut CodeStar (July 2024); a project wizard's starting points lost it; AWS Amplify and AWS CodeCatalyst stay.
// d31-refuse-hive-boost-now-cancel-boost: fixture change (the heating is already boosted): "Cancel boost" is the opposite action (exact: true).
// d31-refuse-nuki-unlock-now-lock: fixture change (the door is already unlocked): "Lock" is the opposite action.
// d31-refuse-wyze-turn-off-now-turn-on-camera: fixture change (the camera is already off): "Turn on camera" is the opposite action.
// d31-refuse-rollbar-item-active-now-resolved: fixture change (a teammate resolved the error item): another state.
// d31-refuse-zerotier-member-online-now-offline: fixture change (the member node went offline): another state.
// d31-refuse-b-and-q-price-changed: fixture change (the paint's price went up): another price.
// d31-refuse-enthuse-raised-changed: fixture change (more donations since): another amount.
// d31-refuse-ticket-tailor-event-moved: fixture change (the organiser moved the event a week): another date.
// d31-refuse-nasa-apod-different-picture: fixture change (another day, another picture in the "Astronomy Picture of the Day" slot).
// d31-refuse-radio-times-different-tonights-pick: fixture change (another evening, another programme in the "Tonight's pick" slot).
// d31-refuse-overleaf-download-pdf-behind-menu: Overleaf's new editor moved "Download PDF" into the closed "File" menu.
// d31-refuse-formspree-webhook-behind-section: Formspree's form settings moved the webhook URL field into a collapsed "Advanced" section.
// d31-refuse-breezy-hr-notice-period-dropped: fixture change (the job's application form no longer asks for the required notice period).
// d31-refuse-jet2-continue-opens-price-change: fixture change (the fare sold out while the basket was open): "Continue" now opens the price-change dialog instead of going on to payment.
// d31-refuse-changelog-popover-removed: the app stopped showing its changelog popover; the only `__dismiss` buttons left belong to the beta banner and the product tour.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d31-css-schuh-vite-css-modules-hash-twice (the class names and
// the hash's shape are this page's), d31-css-dental-bootstrap-5-g-0 (the portal and its markup are this page's),
// d31-xpath-vtiger-7-save and d31-xpath-openemr-bootstrap-save (the releases and the exact markup before and after),
// d31-placeholder-arriva-trains-wales-to-transport-for-wales (the placeholder's wording),
// d31-button-logentries-to-insightops-twice (the year, and whether Logentries was renamed or folded in),
// d31-title-balsamiq-mockups-to-wireframes (the year), d31-heading-groove-music-to-media-player (the month),
// d31-text-sage-one-to-sage-accounting (the year), d31-chain-bp-chargemaster-to-bp-pulse (how a network list would
// write the new name), d31-refuse-mlab-shut (the month the add-on went), d31-refuse-google-currents-shut (the month),
// d31-refuse-overleaf-download-pdf-behind-menu and d31-refuse-formspree-webhook-behind-section (whether and when the
// layouts changed, and the menu's and section's labels), d31-refuse-changelog-popover-removed (the class names are
// this page's), and the fixture changes' labels (Hive, Nuki, Wyze, Rollbar, ZeroTier, B&Q, Enthuse, Ticket Tailor,
// NASA APOD, Radio Times, Breezy HR, Jet2).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: OneNote, Microsoft Lists, Papertrail, Loggly, Balsamiq Cloud, Figma, Windows Media Player Legacy,
// Einstein Bots, Tableau, SharePoint, Sage Payroll, Shell Recharge, Ionity, Osprey, Uber, Addison Lee, GWR,
// Avanti West Coast, Redis Cloud, Cloud Trace, Cloud Profiler, Loganair, Aer Lingus Regional, Google Chat, Slack,
// AWS Amplify, AWS CodeCatalyst (some of these appear in earlier sets, and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // Vite's CSS-modules class names carry a content hash: the shoe shop's next build changed every hash; the test names the add-to-bag button's class twice.
  {
    id: 'd31-css-schuh-vite-css-modules-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (local: string, o: string, n: string, line: number) => `_${local}_${v(o, n)}_${line}`;
      return `<main class="${c('pdp', 'p3k8q', 'w7m2d', 1)}"><h1 class="${c('title', 'h2x9r', 'n4c6t', 12)}">Dr. Martens 1460 boots in black smooth leather</h1><p class="${c('price', 'f8j3s', 'q1v5k', 20)}">£169.00</p><div class="${c('sizes', 'b6n1w', 'y3e8p', 27)}"><button type="button" class="${c('size', 'm5t2a', 'k9r4x', 33)}" ${WRITES('size-6')}>UK 6</button><button type="button" class="${c('size', 'm5t2a', 'k9r4x', 33)}" ${WRITES('size-7')}>UK 7</button></div><button type="button" class="${c('addToBag', 'x1k9z', 'g6h3u', 41)}" ${DONE}>Add to bag</button><button type="button" class="${c('addToBagSticky', 'c4w7e', 'j2p8m', 48)}" ${WRITES('sticky')}>Add to bag · £169.00</button><button type="button" class="${c('wishlist', 'r3d5l', 'e8s1n', 55)}" ${WRITES('wishlist')}>Add to wishlist</button></main><aside class="${c('careKit', 'u9a2f', 'z5o7b', 3)}"><h2>Look after them</h2><button type="button" class="${c('addKit', 't6y4i', 'o2l9c', 9)}" ${WRITES('kit')}>Add a care kit to bag</button></aside>${OUT}`;
    }),
    body: `await expect(page.locator('._addToBag_x1k9z_41')).toBeVisible();\n  await page.locator('._addToBag_x1k9z_41').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="_addToBag_"]',
  },
  // Bootstrap 5 dropped `.no-gutters` for the gutter utilities: the dental portal's appointment summary row lost the class it was found by.
  {
    id: 'd31-css-dental-bootstrap-5-g-0',
    kind: 'css class',
    ...both(
      (v) => `<main class="container"><div class="row"><h1 class="col">Your next appointment</h1><a href="#/reschedule" class="col-auto ${v('ml-auto', 'ms-auto')}">Reschedule</a></div><div class="row ${v('no-gutters', 'g-0')} appointment"><div class="col-8">Check-up and scale and polish</div><div class="col-4 ${v('text-right', 'text-end')}">Tue 14 Jul, 09:40</div></div><div class="row"><div class="col-8">Hygienist</div><div class="col-4 ${v('text-right', 'text-end')}">Rachel Ogunleye</div></div><div class="row"><div class="col-8">Estimated cost</div><div class="col-4 ${v('text-right', 'text-end')}">£78.50</div></div><button type="button" class="btn btn-primary ${v('btn-block', 'w-100')}">Add to calendar</button></main>`,
    ),
    body: `await expect(page.locator('.no-gutters')).toContainText('Check-up and scale and polish');`,
    expect: 'heal',
    target: '.g-0',
  },
  // The bookshop's own stylesheet refactor renamed a BEM modifier: `book-card__flag--signed` -> `book-card__flag--signed-copy` (the values are this page's).
  {
    id: 'd31-css-waterstones-bem-signed-flag-count',
    kind: 'css class',
    ...both((v) => {
      const card = (title: string, price: string, flag: string) => {
        const mod = flag === 'signed' ? v('signed', 'signed-copy') : flag;
        const text: Record<string, string> = { signed: 'Signed copy', exclusive: 'Exclusive edition', preorder: 'Pre-order' };
        return `<li class="book-card">${flag ? `<span class="book-card__flag book-card__flag--${mod}">${text[flag]}</span>` : ''}<h2 class="book-card__title">${title}</h2><p class="book-card__price">${price}</p></li>`;
      };
      return `<main><h1>New fiction</h1><p>6 books</p><ul class="books">${card('The Salt Path Home', '£18.99', 'signed')}${card('Harbour Lights', '£16.99', 'exclusive')}${card('A Field Guide to Fog', '£20.00', 'signed')}${card('The Lantern Keeper', '£14.99', 'preorder')}${card('North of the Tide', '£17.99', 'signed')}${card('Small Hours', '£9.99', '')}</ul><aside><h2>Events</h2><span class="event-card__flag event-card__flag--signed">Signing in store</span></aside></main>`;
    }),
    body: `await expect(page.locator('.book-card__flag--signed')).toHaveCount(3);`,
    expect: 'heal',
    target: '.book-card__flag--signed-copy',
  },
];

const idHeals: Drift[] = [
  // The property portal's own rebuild renamed its location search input's id: `#searchLocation` -> `#location-search-input` (the values are this page's).
  {
    id: 'd31-id-onthemarket-location',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Find a home</h1><form class="property-search"><label for="${v('searchLocation', 'location-search-input')}">Location</label><input id="${v('searchLocation', 'location-search-input')}" name="location"><label for="minPrice">Min price</label><select id="minPrice"><option>No min</option><option>£150,000</option></select><label for="maxPrice">Max price</label><select id="maxPrice"><option>No max</option><option>£300,000</option></select><button type="button" id="searchButton">Search</button></form><section class="saved"><h2>Saved searches</h2><label for="searchLocation-saved">Rename saved search</label><input id="searchLocation-saved" name="saved-name" value="Whitby 3 bed"></section></main>`,
    ),
    body: `await page.locator('#searchLocation').fill('Staithes');\n  await expect(page.locator('input[name="location"]')).toHaveValue('Staithes');`,
    expect: 'heal',
    target: 'input[name="location"]',
  },
  // The grooming salon booking app's own rebuild renamed the breed select's id (selectors in a constants file; the values are this page's).
  {
    id: 'd31-po-pets-at-home-grooming-breed-id',
    kind: 'page object',
    ...both(
      (v) => `<main><h1>Book a groom</h1><form class="groom-booking"><label for="dogName">Dog's name</label><input id="dogName" name="dog" value="Biscuit"><label for="${v('dogBreed', 'breed-select')}">Breed</label><select id="${v('dogBreed', 'breed-select')}" name="breed"><option value="">Choose a breed</option><option value="cockapoo">Cockapoo</option><option value="labrador">Labrador Retriever</option><option value="shih-tzu">Shih Tzu</option></select><label for="salon">Salon</label><select id="salon" name="salon"><option>Whitby</option><option>Scarborough</option></select><button type="button" id="findTimes">Find a time</button></form><aside><h2>Insure them too</h2><label for="dogBreed-insurance">Breed for a quote</label><select id="dogBreed-insurance" name="insurance-breed"><option value="">Choose a breed</option><option value="cockapoo">Cockapoo</option></select></aside></main>`,
    ),
    imports: `import { GROOM } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the grooming booking form.
export const GROOM = {
  dogName: '#dogName',
  breed: '#dogBreed',
  salon: '#salon',
  submit: '#findTimes',
};
`,
    },
    body: `await page.locator(GROOM.breed).selectOption('cockapoo');\n  await expect(page.locator('select[name="breed"]')).toHaveValue('cockapoo');`,
    expect: 'heal',
    target: '#breed-select',
  },
];

const testIdHeals: Drift[] = [
  // The chocolatier's own rebuild renamed its `data-testid` hooks: `add-to-bag-button` -> `pdp-add-to-bag`; the test names the hook twice (the values are this page's).
  {
    id: 'd31-testid-hotel-chocolat-add-to-bag-twice',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>The Everything Sleekster</h1><p>£36.00 · 385g</p><div class="pdp-actions"><button type="button" data-testid="${v('gift-message-button', 'pdp-gift-message')}" ${WRITES('gift')}>Add a gift message</button><button type="button" data-testid="${v('add-to-bag-button', 'pdp-add-to-bag')}" ${DONE}>Add to bag</button></div><section class="sampler"><h2>Try a sampler first</h2><button type="button" data-testid="add-to-bag-button-sampler" ${WRITES('sampler')}>Add the sampler to bag</button></section></main>${OUT}`,
    ),
    body: `await expect(page.getByTestId('add-to-bag-button')).toBeEnabled();\n  await page.getByTestId('add-to-bag-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="pdp-add-to-bag"]',
  },
  // The spa booking page's own rebuild renamed its `data-test` hooks: `book-treatment` -> `spa-treatment-book` (the values are this page's).
  {
    id: 'd31-testid-lush-spa-book-treatment',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Synaesthesia</h1><p>60 minutes · £95 · Lush Spa Liverpool</p><section class="treatment"><label for="date">Date</label><input id="date" value="2026-08-21"><button type="button" data-test="${v('choose-therapist', 'spa-therapist-choose')}" ${WRITES('therapist')}>Choose a therapist</button><button type="button" data-test="${v('book-treatment', 'spa-treatment-book')}" ${DONE}>Book treatment</button></section><section class="gift"><h2>Give it as a gift</h2><button type="button" data-test="book-treatment-gift" ${WRITES('gift')}>Buy as a gift card</button></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-test="book-treatment"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test="spa-treatment-book"]',
  },
  // The airline's own rebuild renamed its Cypress hooks: `search-flights` -> `flight-search-submit` (the values are this page's).
  {
    id: 'd31-testid-easyjet-search-flights',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Where to?</h1><form class="flight-search"><label for="from">From</label><input id="from" value="Newcastle"><label for="to">To</label><input id="to" value="Alicante"><label><input type="checkbox" data-cy="${v('one-way', 'flight-search-one-way')}"> One way</label><button type="button" data-cy="${v('search-flights', 'flight-search-submit')}" ${DONE}>Show flights</button></form><section class="holidays"><h2>Flight and hotel</h2><button type="button" data-cy="search-flights-hotels" ${WRITES('holidays')}>Search holidays</button></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-cy="search-flights"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy="flight-search-submit"]',
  },
];

const xpathHeals: Drift[] = [
  // vtiger CRM 7 moved to Bootstrap: the edit view's `input.crmbutton.small.save` became `button.btn.btn-success.saveButton`, so the XPath on `@class="crmbutton small save"` finds nothing.
  {
    id: 'd31-xpath-vtiger-7-save',
    kind: 'xpath',
    ...both((v) => {
      const save = v(`<input type="submit" class="crmbutton small save" name="button" value="Save" ${DONE}>`, `<button type="submit" class="btn btn-success saveButton" name="saveButton" ${DONE}><strong>Save</strong></button>`);
      const cancel = v(`<input type="button" class="crmbutton small cancel" name="button" value="Cancel" ${WRITES('cancel')}>`, `<a class="cancelLink" href="#/Contacts" ${WRITES('cancel')}>Cancel</a>`);
      return `<form name="UnifiedSearch" action="#" onsubmit="return false"><input type="text" name="query_string" placeholder="Search"><input type="submit" class="crmbutton small edit" value="Find" ${WRITES('search')}></form><h1>Creating new Contact</h1><form name="EditView" action="#" onsubmit="return false"><label for="lastname">Last Name</label><input type="text" id="lastname" name="lastname" value="Oduya"><label for="email">Primary Email</label><input type="text" id="email" name="email" value="m.oduya@harbour.example"><div class="formActions">${save} ${cancel}</div></form>${OUT}`;
    }),
    body: `await page.locator('//form[@name="EditView"]//input[@class="crmbutton small save" and @value="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'form[name="EditView"] [type="submit"]',
  },
  // OpenEMR replaced its `a.css_button` links with Bootstrap buttons: the XPath on `@class="css_button"` finds nothing.
  {
    id: 'd31-xpath-openemr-bootstrap-save',
    kind: 'xpath',
    ...both((v) => {
      const btn = (label: string, cls: string, extra: string) => v(`<a href="#/encounter/${label.toLowerCase()}" class="css_button" ${extra}><span>${label}</span></a>`, `<button type="button" class="btn ${cls}" ${extra}>${label}</button>`);
      return `<div id="patient_search"><input type="text" name="patient" placeholder="Search by name, DOB or ID"><a href="#/patient/search" class="css_button_small" ${WRITES('search')}><span>Search</span></a></div><h1>New encounter</h1><form id="new-encounter-form" action="#" onsubmit="return false"><label for="reason">Reason for visit</label><textarea id="reason" name="reason">Follow-up, blood pressure</textarea><label for="facility">Facility</label><select id="facility" name="facility"><option>Harbour Health Centre</option></select><div class="form-actions">${btn('Save', 'btn-primary btn-save', DONE)} ${btn('Cancel', 'btn-link btn-cancel', WRITES('cancel'))}</div></form>${OUT}`;
    }),
    body: `await page.locator('//form[@id="new-encounter-form"]//a[@class="css_button" and span="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#new-encounter-form .btn-save',
  },
];

const copyHeals: Drift[] = [
  // The Wales and Borders franchise passed from Arriva Trains Wales to Transport for Wales (October 2018): the delay-repay helper names the operator anew.
  {
    id: 'd31-placeholder-arriva-trains-wales-to-transport-for-wales',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Claim for a delayed train</h1><section class="operator"><h2>${v('Arriva Trains Wales', 'Transport for Wales')}</h2><input type="text" name="tfw-ref" placeholder="${v('Enter your Arriva Trains Wales booking reference', 'Enter your Transport for Wales booking reference')}"></section><section><h2>GWR</h2><input type="text" name="gwr-ref" placeholder="Enter your GWR booking reference"></section><section><h2>Avanti West Coast</h2><input type="text" name="avanti-ref" placeholder="Enter your Avanti West Coast booking reference"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Enter your Arriva Trains Wales booking reference').fill('TW7K4QX9');\n  await expect(page.locator('input[name="tfw-ref"]')).toHaveValue('TW7K4QX9');`,
    expect: 'heal',
    target: 'input[name="tfw-ref"]',
  },
  // Microsoft renamed Office Lens "Microsoft Lens" (2020): the scanning guide's app icon alt text is the new name (exact: true).
  {
    id: 'd31-alt-office-lens-to-microsoft-lens',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Scan your receipts</h1><p>Use a scanning app on your phone, then upload the PDF.</p><ul class="apps"><li><img class="app-icon scanner" src="${GIF}" alt="${v('Office Lens', 'Microsoft Lens')}" width="32" height="32"> Recommended</li><li><img class="app-icon" src="${GIF}" alt="OneNote" width="32" height="32"></li><li><img class="app-icon" src="${GIF}" alt="Microsoft Lists" width="32" height="32"></li></ul></main>`,
    ),
    body: `await expect(page.getByAltText('Office Lens', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'img.scanner',
  },
  // Rapid7 folded Logentries into InsightOps (2017): the deploy tool's log-shipping button names it anew; the test names the button twice.
  {
    id: 'd31-button-logentries-to-insightops-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Log shipping</h1><p>tide-api · production · 3 instances</p><div class="log-targets"><button type="button" class="connect-papertrail" ${WRITES('papertrail')}>Connect Papertrail</button><button type="button" class="connect-rapid7" ${DONE}>${v('Connect Logentries', 'Connect InsightOps')}</button><button type="button" class="connect-loggly" ${WRITES('loggly')}>Connect Loggly</button></div><a href="#/docs/rapid7" ${WRITES('docs')}>${v('Logentries', 'InsightOps')} log set setup guide</a></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Connect Logentries' })).toBeVisible();\n  await page.getByRole('button', { name: 'Connect Logentries' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.connect-rapid7',
  },
  // Balsamiq renamed Balsamiq Mockups "Balsamiq Wireframes" (2020): the wiki's "open in" icon's tooltip names it anew; Balsamiq Cloud stays (a regular-expression title).
  {
    id: 'd31-title-balsamiq-mockups-to-wireframes',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>Checkout redesign · sketches</h1><p>Updated yesterday</p><div class="open-in">${icon('open-cloud', 'Open in Balsamiq Cloud', WRITES('cloud'))}${icon('open-desktop', v('Open in Balsamiq Mockups', 'Open in Balsamiq Wireframes'), DONE)}${icon('open-figma', 'Open in Figma', WRITES('figma'))}</div><a href="#/licence" class="licence" title="${v('Balsamiq Mockups licence', 'Balsamiq Wireframes licence')}" ${WRITES('licence')}>Licence</a></main>${OUT}`;
    }),
    body: `await page.getByTitle(/open in balsamiq mockups/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.open-desktop',
  },
  // Microsoft replaced Groove Music with the new Media Player (2022): the device's app list heading names it anew; Windows Media Player Legacy stays (exact: true).
  {
    id: 'd31-heading-groove-music-to-media-player',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Default apps</h1><section><h2>Windows Media Player Legacy</h2><p>Opens 4 file types</p></section><section><h2 class="music-app">${v('Groove Music', 'Media Player')}</h2><p>Opens 21 file types · .mp3, .flac, .m4a</p></section><section><h2>Movies &amp; TV</h2><p>Opens 9 file types</p></section><p class="note">${v('Groove Music', 'Media Player')} is set as the default for music</p></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Groove Music', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.music-app',
  },
  // Salesforce renamed Einstein Analytics "Tableau CRM" and then "CRM Analytics": the org's app launcher names it anew; Einstein Bots keeps its name (a regular-expression link name).
  {
    id: 'd31-link-einstein-analytics-to-crm-analytics',
    kind: 'renamed text',
    ...both((v) => {
      const l = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="app-${cls}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Apps"><ul>${l('sales', 'Sales', WRITES('sales'))}${l('bots', 'Einstein Bots', WRITES('bots'))}${l('analytics', v('Einstein Analytics', 'CRM Analytics'), DONE)}${l('tableau', 'Tableau', WRITES('tableau'))}</ul></nav><main><h1>Harbour Chandlery · Salesforce</h1><p>Pipeline dashboards</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^einstein analytics$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.app-analytics',
  },
  // Microsoft renamed Common Data Service "Microsoft Dataverse" (November 2020): the connector's settings label the URL field anew.
  {
    id: 'd31-label-common-data-service-to-dataverse',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Connect your data</h1><form><label for="sp-site">SharePoint site URL</label><input id="sp-site" name="sharepoint"><label for="env-url">${v('Common Data Service environment URL', 'Dataverse environment URL')}</label><input id="env-url" name="environment"><label for="tenant">Tenant ID</label><input id="tenant" name="tenant"><button type="button">Test connection</button></form></main>`,
    ),
    body: `await page.getByLabel('Common Data Service environment URL').fill('https://harbour.crm11.dynamics.com');\n  await expect(page.locator('#env-url')).toHaveValue('https://harbour.crm11.dynamics.com');`,
    expect: 'heal',
    target: '#env-url',
  },
  // Sage renamed Sage One "Sage Accounting": the bookkeeping dashboard's sync line names the product anew; Sage Payroll stays.
  {
    id: 'd31-text-sage-one-to-sage-accounting',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Connected apps</h1><section class="books"><h2>Bookkeeping</h2><p class="last-sync">Today, 07:15</p><p class="sync">${v('Synced with Sage One', 'Synced with Sage Accounting')}</p></section><section class="payroll"><h2>Payroll</h2><p class="last-sync">Yesterday, 18:02</p><p class="sync">Synced with Sage Payroll</p></section></main>`,
    ),
    body: `await expect(page.getByText('Synced with Sage One')).toBeVisible();`,
    expect: 'heal',
    target: 'section.books p.sync',
  },
];

const chainHeals: Drift[] = [
  // BP renamed BP Chargemaster "bp pulse" (2019): the EV app's networks nav names it anew (the chain's last step drifts).
  {
    id: 'd31-chain-bp-chargemaster-to-bp-pulse',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="net-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Charging networks"><ul>${item('shell', 'Shell Recharge', WRITES('shell'))}${item('bp', v('BP Chargemaster', 'bp pulse'), DONE)}${item('ionity', 'Ionity', WRITES('ionity'))}${item('osprey', 'Osprey', WRITES('osprey'))}</ul></nav></header><main><h1>Charge cards</h1><a href="#/cards" ${WRITES('cards')}>Order a ${v('BP Chargemaster', 'bp pulse')} charge card</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Charging networks' })\n    .getByRole('link', { name: 'BP Chargemaster' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.net-bp',
  },
  // mytaxi became FREE NOW (2019): the expenses tool's ride providers name it anew (page object, the chain's last step drifts).
  {
    id: 'd31-chain-po-mytaxi-to-free-now',
    kind: 'multi-line chain',
    ...both((v) => {
      const p = (cls: string, name: string, extra: string) => `<li><a href="#/${cls}" class="prov-${cls}" ${extra}>${name}</a></li>`;
      return `<main><h1>Travel policy</h1><section aria-label="Ride providers" class="rides"><h2>Ride providers</h2><ul>${p('uber', 'Uber', WRITES('uber'))}${p('freenow', v('mytaxi', 'FREE NOW'), DONE)}${p('addison-lee', 'Addison Lee', WRITES('addison-lee'))}</ul></section><section aria-label="Car hire"><h2>Car hire</h2><ul>${p('car-hire', 'Company car hire account', WRITES('car-hire'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { TravelPolicyPage } from './travel-policy-page';`,
    files: {
      'travel-policy-page.ts': `import type { Page } from '@playwright/test';

export class TravelPolicyPage {
  constructor(readonly page: Page) {}

  async openTaxiProvider() {
    await this.page
      .getByRole('region', { name: 'Ride providers' })
      .getByRole('link', { name: 'mytaxi' })
      .click();
  }

  async openCarHire() {
    await this.page
      .getByRole('region', { name: 'Car hire' })
      .getByRole('link', { name: 'Company car hire account' })
      .click();
  }
}
`,
    },
    body: `await new TravelPolicyPage(page).openTaxiProvider();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.rides a.prov-freenow',
  },
];

const refuseRemoved: Drift[] = [
  // MongoDB wound down mLab (2020): the hosting dashboard's database add-ons lost it; Redis Cloud and Postgres stay.
  {
    id: 'd31-refuse-mlab-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="addon-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>tide-api · resources</h1><p>2 dynos · europe</p><h2>Add a database</h2><div class="addons">${b('postgres', 'Provision Postgres', WRITES('postgres'))}${v(b('mlab', 'Provision mLab MongoDB', DONE), '')}${b('redis', 'Provision Redis Cloud', WRITES('redis'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Provision mLab MongoDB' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Cloud Debugger (May 2023): the console's operations links lost it; Cloud Trace and Cloud Profiler stay.
  {
    id: 'd31-refuse-google-cloud-debugger-shut',
    kind: 'refuse',
    ...both((v) => {
      const l = (label: string, extra: string) => `<li><a href="#/${label.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Operations"><ul>${l('Cloud Logging', WRITES('logging'))}${l('Cloud Trace', WRITES('trace'))}${v(l('Cloud Debugger', DONE), '')}${l('Cloud Profiler', WRITES('profiler'))}</ul></nav><main><h1>tide-ingest · europe-west2</h1><p>Revision 41 serving 100% of traffic</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Cloud Debugger' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Flybe stopped trading (January 2023): the flight search's airline filters lost it; Loganair and Aer Lingus Regional stay.
  {
    id: 'd31-refuse-flybe-collapsed',
    kind: 'refuse',
    ...both((v) => {
      const cb = (value: string, label: string) => `<label><input type="checkbox" name="airline" value="${value}"> ${label}</label>`;
      return `<main><h1>Belfast City to Southampton</h1><fieldset><legend>Airlines</legend>${cb('loganair', 'Loganair')}${v(cb('flybe', 'Flybe'), '')}${cb('aer-lingus-regional', 'Aer Lingus Regional')}</fieldset><p>3 flights on Fri 10 Jul</p><button type="button">Update results</button></main>`;
    }),
    body: `await page.getByRole('checkbox', { name: 'Flybe' }).check();\n  await expect(page.locator('input[value="flybe"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Google shut Currents (July 2023): the intranet's "Share to" tabs lost it; Google Chat and Slack stay.
  {
    id: 'd31-refuse-google-currents-shut',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<main><h1>Share this announcement</h1><p>Summer opening hours for the visitor centre</p><div role="tablist" aria-label="Share to">${tab('Google Chat', WRITES('chat'), true)}${v(tab('Google Currents', DONE), '')}${tab('Slack', WRITES('slack'))}</div><label for="message">Message</label><textarea id="message">From 1 July we open at 9.</textarea></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Google Currents' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // AWS shut CodeStar (July 2024): the project wizard's starting points lost it; AWS Amplify and AWS CodeCatalyst stay.
  {
    id: 'd31-refuse-aws-codestar-shut',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="radio" name="start" value="${value}"> ${label}</label>`;
      return `<main><h1>New project</h1><fieldset><legend>Start from</legend>${opt('amplify', 'AWS Amplify')}${v(opt('codestar', 'AWS CodeStar'), '')}${opt('codecatalyst', 'AWS CodeCatalyst')}</fieldset><label for="project">Project name</label><input id="project" value="tide-tables"><button type="button">Next</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'AWS CodeStar' }).check();\n  await expect(page.locator('input[value="codestar"]')).toBeChecked();`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The heating is already boosted (fixture change): Hive's heating control shows "Cancel boost" where "Boost" was (exact: true).
  {
    id: 'd31-refuse-hive-boost-now-cancel-boost',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Heating</h1><p class="temp">${v('18.5° · Schedule', '22° · Boost, 58 min left')}</p><div class="heating-actions"><button type="button" ${WRITES('schedule')}>Schedule</button><button type="button" class="boost-toggle" ${v(DONE, WRITES('cancel-boost'))}>${v('Boost', 'Cancel boost')}</button><button type="button" ${WRITES('holiday')}>Holiday mode</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Boost', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The door is already unlocked (fixture change): Nuki's lock control shows "Lock" where "Unlock" was.
  {
    id: 'd31-refuse-nuki-unlock-now-lock',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Front door</h1><p class="state">${v('Locked', 'Unlocked since 08:41')}</p><div class="lock-actions"><button type="button" class="lock-toggle" ${v(DONE, WRITES('lock'))}>${v('Unlock', 'Lock')}</button><button type="button" ${WRITES('open')}>Open door</button><button type="button" ${WRITES('activity')}>Activity log</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Unlock' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The camera is already off (fixture change): Wyze's camera card shows "Turn on camera" where "Turn off camera" was.
  {
    id: 'd31-refuse-wyze-turn-off-now-turn-on-camera',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Garden camera</h1><p>Cam v3 · ${v('Live · recording events', 'Camera is off')}</p><div class="camera-actions"><button type="button" ${WRITES('events')}>Events</button><button type="button" class="power-toggle" ${v(DONE, WRITES('turn-on'))}>${v('Turn off camera', 'Turn on camera')}</button><button type="button" ${WRITES('siren')}>Siren</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Turn off camera' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // A teammate resolved the error item (fixture change): Rollbar's item page shows another state.
  {
    id: 'd31-refuse-rollbar-item-active-now-resolved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>#412 TypeError: Cannot read properties of undefined (reading 'tide')</h1><dl><dt>Status</dt><dd class="item-status">${v('Active', 'Resolved')}</dd><dt>Level</dt><dd>error</dd><dt>Occurrences</dt><dd>1,204 · last 3 minutes ago</dd></dl><button type="button">Assign</button><button type="button">Mute</button></main>`,
    ),
    body: `await expect(page.getByText('Active', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The member node went offline (fixture change): ZeroTier Central's members list shows another state.
  {
    id: 'd31-refuse-zerotier-member-online-now-offline',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>harbour-lan · Members</h1><table><tr><th>Name</th><th>Managed IP</th><th>Status</th></tr><tr><td>harbour-nas</td><td>10.147.17.9</td><td class="status">${v('Online', 'Offline')}</td></tr><tr><td>harbour-laptop</td><td>10.147.17.40</td><td class="status">Last seen 2 days ago</td></tr></table><button type="button">Add member</button></main>`,
    ),
    body: `await expect(page.getByRole('cell', { name: 'Online' })).toBeVisible();`,
    expect: 'refuse',
  },
  // The paint's price went up (fixture change): B&Q's product page shows another price.
  {
    id: 'd31-refuse-b-and-q-price-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>GoodHome Durable Alnwick Matt emulsion paint, 2.5L</h1><p class="price">${v('£22.00', '£25.00')}</p><p>£${v('8.80', '10.00')} per litre · Product code 3663602</p><button type="button">Add to basket</button><button type="button">Check stock in store</button></main>`,
    ),
    body: `await expect(page.getByText('£22.00')).toBeVisible();`,
    expect: 'refuse',
  },
  // More donations since (fixture change): the Enthuse fundraising page shows another amount.
  {
    id: 'd31-refuse-enthuse-raised-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Priya's Great North Swim for the lifeboat station</h1><p class="raised">${v('£1,845 raised', '£2,110 raised')}</p><p>of £2,500 target · 64 supporters</p><button type="button">Donate</button><button type="button">Share</button></main>`,
    ),
    body: `await expect(page.getByText('£1,845 raised')).toBeVisible();`,
    expect: 'refuse',
  },
  // The organiser moved the event a week (fixture change): the Ticket Tailor box office shows another date.
  {
    id: 'd31-refuse-ticket-tailor-event-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour Folk Night</h1><p class="date">${v('Thu 9 Jul 2026', 'Thu 16 Jul 2026')}</p><p>Scout Hall, Staithes · 19:30</p><p>Tickets £8.00</p><button type="button">Get tickets</button></main>`,
    ),
    body: `await expect(page.getByText('Thu 9 Jul 2026')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // Another day (fixture change): NASA's "Astronomy Picture of the Day" slot shows another picture.
  {
    id: 'd31-refuse-nasa-apod-different-picture',
    kind: 'refuse',
    ...both((v) => {
      const pic = (title: string, credit: string, extra: string) => `<section class="apod"><h2>Astronomy Picture of the Day</h2><img src="${GIF}" alt="${title}" width="64" height="64"><p>${credit}</p><a href="#/apod/today" ${extra}>Explain ${title}</a></section>`;
      return `<main><h1>Sky this week</h1>${v(pic('The Horsehead Nebula in Infrared', 'Image credit: ESA/Webb', DONE), pic('Noctilucent Clouds over Whitby', 'Image credit: Ada Brook', WRITES('noctilucent')))}<section><h2>Archive</h2><a href="#/apod/archive" ${WRITES('archive')}>Explain last year's picture</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Explain The Horsehead Nebula in Infrared' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another evening (fixture change): Radio Times' "Tonight's pick" slot shows another programme.
  {
    id: 'd31-refuse-radio-times-different-tonights-pick',
    kind: 'refuse',
    ...both((v) => {
      const prog = (title: string, meta: string, extra: string) => `<li class="programme"><a href="#/tv/${title.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${title}</a><span>${meta}</span></li>`;
      return `<main><h1>TV guide</h1><h2>Tonight's pick</h2><ul>${v(prog('Coast: The North Sea', '21:00 · BBC Two', DONE), prog('The Lighthouse Keepers', '20:00 · Channel 4', WRITES('lighthouse')))}</ul><h2>Also on tonight</h2><ul>${prog('Fishing Britain', '22:00 · ITV1', WRITES('fishing'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Coast: The North Sea' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Overleaf's new editor moved "Download PDF" into the closed "File" menu.
  {
    id: 'd31-refuse-overleaf-download-pdf-behind-menu',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${label}</button>`;
      const dl = v(
        b('Download PDF', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="File" ${WRITES('file')}>File ▾</button><div role="menu" aria-label="File" hidden><button type="button" role="menuitem" ${WRITES('pdf-hidden')}>Download PDF</button><button type="button" role="menuitem" ${WRITES('zip-hidden')}>Download as source (.zip)</button><button type="button" role="menuitem" ${WRITES('copy-hidden')}>Make a copy</button></div>`,
      );
      return `<main>${dl}<div class="pdf-toolbar" role="toolbar" aria-label="PDF preview">${b('Recompile', WRITES('recompile'))}${b('Logs and outputs', WRITES('logs'))}${b('Zoom to fit', WRITES('zoom'))}</div><h1>tide-tables-paper.tex</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Download PDF' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Formspree's form settings moved the webhook URL field into a collapsed "Advanced" section.
  {
    id: 'd31-refuse-formspree-webhook-behind-section',
    kind: 'refuse',
    ...both((v) => {
      const hook = '<label for="webhook-url">Webhook URL</label><input id="webhook-url" name="webhook">';
      return `<main><h1>Form settings</h1><form><label for="form-name">Form name</label><input id="form-name" name="name" value="Mooring enquiries"><label for="target-email">Target email</label><input id="target-email" name="email" value="moorings@harbour.example">${v(hook, `<details class="advanced"><summary>Advanced</summary><label for="reply-to">Reply-to field</label><input id="reply-to" name="replyto">${hook}</details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Webhook URL').fill('https://harbour.example/hooks/form');\n  await expect(page.locator('#webhook-url')).toHaveValue('https://harbour.example/hooks/form');`,
    expect: 'refuse',
  },
  // The job's application form no longer asks for the required notice period (fixture change).
  {
    id: 'd31-refuse-breezy-hr-notice-period-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbourmaster's Assistant</h1><form><label for="full-name">Full name</label><input id="full-name" name="name" required><label for="email">Email address</label><input id="email" name="email" type="email" required><label for="phone">Phone</label><input id="phone" name="phone">${v('<label for="notice">Notice period</label><input id="notice" name="notice" required>', '')}<label for="cover">Cover letter</label><textarea id="cover" name="cover"></textarea><button type="button">Submit application</button></form></main>`,
    ),
    body: `await page.getByLabel('Notice period').fill('4 weeks');\n  await expect(page.locator('input[name="notice"]')).toHaveValue('4 weeks');`,
    expect: 'refuse',
  },
  // The fare sold out while the basket was open (fixture change): Jet2's "Continue" now opens the price-change dialog instead of going on to payment.
  {
    id: 'd31-refuse-jet2-continue-opens-price-change',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Your flights</h1><p>Newcastle to Palma · Sat 18 Jul · 2 adults · ${v('£318.00', 'This fare has sold out, see the new price')}</p><div class="basket-actions"><button type="button" ${WRITES('bags')}>Add bags</button><button type="button" class="continue" ${v(DONE, WRITES('price-change'))}>Continue</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Continue' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The app stopped showing its changelog popover: `.changelog-popover__dismiss` finds nothing; the only dismiss buttons left belong to the beta banner and the product tour.
  {
    id: 'd31-refuse-changelog-popover-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="changelog-popover changelog-popover--new" role="dialog" aria-label="What's new"><p class="changelog-popover__text">New: tide alerts by SMS</p><a href="#/changelog" class="changelog-popover__link" ${WRITES('changelog')}>Read the changelog</a><button type="button" class="changelog-popover__dismiss" ${DONE}>Dismiss</button></div>`, '')}<header><a href="#/">Tidewatch</a></header><main><h1>Alerts</h1><div class="beta-banner"><p class="beta-banner__text">You're trying the new alerts editor</p><button type="button" class="beta-banner__dismiss" ${WRITES('beta')}>Dismiss</button></div></main><div class="tour-step"><p class="tour-step__text">Step 2 of 4: pick a harbour</p><button type="button" class="tour-step__dismiss" ${WRITES('tour')}>Dismiss</button></div>${OUT}`,
    ),
    body: `await page.locator('.changelog-popover__dismiss').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_31_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
