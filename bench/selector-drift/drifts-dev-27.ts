// Twenty-seventh development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a Next.js grocery
// site's CSS-modules class hashes changed by a new build, named twice in one test; Astro 3.0 moving its scoped-style
// marker from an `astro-<hash>` class to a `data-astro-cid-<hash>` attribute; a BEM modifier renamed by a property
// site's own stylesheet refactor, counted with toHaveCount), id renames (a coach operator's own rebuild, and a booking
// app whose selectors are kept in a constants file), test-attribute renames (`data-testid` named twice in one test,
// `data-qa` and `data-cy`, all renamed by the apps' own rebuilds), XPath locators (OpenCart 4's Bootstrap 5 page
// header, LimeSurvey 3's survey navigation buttons), copy edits on placeholder, alt (exact: true), button (the same
// old name twice in one test), title (regular-expression name), heading (exact: true), link (regular expression),
// label and text locators, and two Prettier-style multi-line chains (one in a page object) whose last step names a
// renamed product; and 20 must-refuse: services shut while look-alikes stay (Pivotal Tracker, TinyLetter,
// ElephantSQL, Hipmunk, the Dark Sky API), opposite actions (Watch -> Unwatch (exact), Mark as read -> Mark as
// unread, Add to favorites -> Remove from favorites), state changes (a service now failed, a parcel delivered), a
// price, an amount and a date changed, a different record in the same slot (twice), an entry moved behind a closed
// menu and a field behind a collapsed section, a required field dropped, a button that now opens something else, and
// a component removed where the only remaining elements with a similar class are other components. Pages carry
// decoys that share words, classes or attributes with the target. Heal cases name the `target` the drifted locator
// must now find; refuse cases have none. Each case is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d27-css-ocado-css-modules-hash-twice: Next.js CSS-modules class names carry a content hash (`ProductCard_addButton__<hash>`); the grocery site's next build (a dependency upgrade) changed every hash; the test names the class twice.
// d27-css-astro-3-scoped-attribute: Astro 3.0 (August 2023) changed the default `scopedStyleStrategy` from `where` (an `astro-<HASH>` class on each scoped element) to `attribute` (`data-astro-cid-<hash>`); a note-taking app's marketing site upgraded.
// d27-css-zoopla-bem-label-count: the property site's own stylesheet refactor renamed a BEM modifier (`listing-card__label--reduced` -> `listing-card__label--price-drop`); the values are this page's.
// d27-id-flixbus-search: the coach operator's own rebuild renamed its search button's id (`#searchButton` -> `#search-form-submit`); the values are this page's.
// d27-po-zocdoc-insurance-carrier-id: the booking app's own rebuild renamed the insurance-carrier select's id (`#insurance-carrier` -> `#insuranceCarrierSelect`); the selectors live in a constants file; the values are this page's.
// d27-testid-citymapper-go-twice: the journey planner's own rebuild renamed its `data-testid` hooks (`journey-go-button` -> `route-start-button`); the test names the hook twice; the values are this page's.
// d27-testid-lidl-plus-activate-coupon: the supermarket app's own rebuild renamed its `data-qa` hooks (`coupon-activate` -> `coupon-card-activate-button`); the values are this page's.
// d27-testid-busuu-check-answer: the language app's own rebuild renamed its Cypress hooks (`exercise-check-button` -> `check-answer-btn`); the values are this page's.
// d27-xpath-opencart-4-float-end: OpenCart 4.0 (2022) moved the admin to Bootstrap 5: the page header's `div.pull-right` holding the Save and Back buttons became `div.float-end`, so an XPath on `@class="pull-right"` finds nothing.
// d27-xpath-limesurvey-3-next: LimeSurvey 3's survey templates renamed the navigation buttons (`button#movenextbtn` -> `button#ls-button-submit`, `#moveprevbtn` -> `#ls-button-previous`).
// d27-placeholder-crello-to-vistacreate: Crello renamed itself VistaCreate (2022).
// d27-alt-loco2-to-rail-europe: Loco2 became Rail Europe (2020) (exact: true).
// d27-button-mobilepay-to-vipps-mobilepay-twice: Vipps and MobilePay merged and renamed the wallet "Vipps MobilePay" (2022-2024); the test names the button twice.
// d27-title-scribd-to-everand: Scribd moved its ebooks and audiobooks into a new app, Everand (November 2023); documents stay on Scribd (a regular-expression title).
// d27-heading-tfl-rail-to-elizabeth-line: TfL Rail became the Elizabeth line (May 2022) (exact: true).
// d27-link-team-drives-to-shared-drives: Google Drive renamed Team Drives "Shared drives" (April 2019) (a regular-expression link name).
// d27-label-layer0-to-edgio: Limelight bought Layer0 and renamed it Edgio (2022).
// d27-text-firefox-monitor-to-mozilla-monitor: Mozilla renamed Firefox Monitor "Mozilla Monitor" (2023).
// d27-chain-anthos-to-gke-enterprise: Google Cloud folded Anthos into "GKE Enterprise" (2023) (the chain's last step drifts).
// d27-chain-po-sql-data-warehouse-to-synapse: Microsoft renamed Azure SQL Data Warehouse "Azure Synapse Analytics" (November 2019) (page object, the chain's last step drifts).
// d27-refuse-pivotal-tracker-shut: Broadcom shut Pivotal Tracker (April 30, 2025); a chat tool's integrations lost it; Jira and Linear stay.
// d27-refuse-tinyletter-shut: Mailchimp shut TinyLetter (February 2024); a blog's subscribe options lost it; RSS and email by Buttondown stay.
// d27-refuse-elephantsql-shut: ElephantSQL shut its hosted PostgreSQL (January 2025); a hosting dashboard's database add-ons lost it; Neon and Supabase stay.
// d27-refuse-hipmunk-shut: Hipmunk shut (January 2020); a travel blog's "Compare fares" links lost it; Kayak and Momondo stay.
// d27-refuse-dark-sky-api-shut: Apple ended the Dark Sky API (March 31, 2023); a dashboard's weather sources lost it; Open-Meteo and the Met Office stay.
// d27-refuse-taiga-watch-now-unwatch: fixture change (the account already watches the user story): "Unwatch" is the opposite action (exact: true).
// d27-refuse-wallabag-mark-as-read-now-unread: fixture change (the article was already read): "Mark as unread" is the opposite action.
// d27-refuse-piwigo-add-to-favorites-now-remove: fixture change (the photo is already a favorite): "Remove from favorites" is the opposite action.
// d27-refuse-cockpit-service-running-now-failed: fixture change (the service failed on its last start): another state.
// d27-refuse-colissimo-in-transit-now-delivered: fixture change (the parcel was delivered): another state.
// d27-refuse-ikea-price-changed: fixture change (the sofa's price went down): another price.
// d27-refuse-crowdfunder-raised-changed: fixture change (more pledges since): another amount.
// d27-refuse-fatsoma-event-moved: fixture change (the promoter moved the night a week): another date.
// d27-refuse-lichess-different-daily-puzzle: fixture change (another day, another puzzle in the "Puzzle of the day" slot).
// d27-refuse-backloggd-different-latest-game: fixture change (another game was logged since; the test's game is no longer the latest played).
// d27-refuse-penpot-export-behind-menu: Penpot's workspace moved "Export" into the closed main menu.
// d27-refuse-humanitix-redirect-behind-section: Humanitix's event settings moved the custom confirmation URL field into a collapsed "Advanced settings" section.
// d27-refuse-smartrecruiters-salary-dropped: fixture change (the job's application form no longer asks for the required salary expectations).
// d27-refuse-glovo-place-order-now-schedule: fixture change (the store has closed for the night): "Place order" now opens the scheduling sheet instead of ordering.
// d27-refuse-product-tour-removed: the app stopped showing its product tour; the only `__skip` buttons left belong to the video ad and the survey.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d27-css-ocado-css-modules-hash-twice (the class names are this
// page's), d27-css-astro-3-scoped-attribute (the hash's case in the attribute and the class names are this page's),
// d27-xpath-opencart-4-float-end (the exact header markup), d27-xpath-limesurvey-3-next (the version that renamed the
// ids and the buttons' classes), d27-placeholder-crello-to-vistacreate (the placeholder's wording),
// d27-alt-loco2-to-rail-europe (the year), d27-button-mobilepay-to-vipps-mobilepay-twice (when the Danish and Finnish
// apps took the new name, and the button's wording), d27-title-scribd-to-everand (the title's wording),
// d27-label-layer0-to-edgio (the year and the label's wording), d27-text-firefox-monitor-to-mozilla-monitor (the
// month), d27-chain-anthos-to-gke-enterprise (how the console's navigation named it), d27-refuse-tinyletter-shut (the
// month), d27-refuse-dark-sky-api-shut (the date), d27-refuse-penpot-export-behind-menu and
// d27-refuse-humanitix-redirect-behind-section (whether and when the layouts changed, and the menu's and section's
// labels), d27-refuse-product-tour-removed (the class names are this page's), and the fixture changes' labels (Taiga,
// wallabag, Piwigo, Cockpit, Colissimo, IKEA, Crowdfunder, Fatsoma, Lichess, Backloggd, SmartRecruiters, Glovo).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Canva, Trenitalia, Apple Pay, Audible, Libro.fm, London Overground, DLR, Fastly, Netlify, Firefox Relay,
// Mozilla VPN, Kubernetes Engine, Cloud Run, SQL Database, Cosmos DB, Jira, Linear, Buttondown, Neon, Supabase,
// Kayak, Momondo, Open-Meteo, Met Office (some of these appear in earlier sets, and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // Next.js CSS-modules class names carry a content hash: the grocery site's next build changed every hash; the test names the add button's class twice.
  {
    id: 'd27-css-ocado-css-modules-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (local: string, o: string, n: string) => `ProductCard_${local}__${v(o, n)}`;
      return `<main class="${c('grid', 'u2Kd9', 'Rw7Pq')}"><article class="${c('card', 'Zq3mA', 'Hs0Lt')}"><h1 class="${c('name', 'b7Ye1', 'Xn4Gc')}">Free range eggs, 12 large</h1><p class="${c('price', 'Fo2Qw', 'Jt6Vb')}">£3.85</p><button type="button" class="${c('favourite', 'Ku8Rn', 'Cm1Zs')}" aria-label="Add to favourites" ${WRITES('favourite')}>♡</button><button type="button" class="${c('addButton', 'x7Qe2', 'p9Lk4')}" ${DONE}>Add</button><button type="button" class="${c('addToList', 'Wd5Ha', 'Ey2Ui')}" ${WRITES('list')}>Add to list</button></article></main><aside class="TrolleySummary_panel__${v('Mg4Rt', 'Ab9Ko')}"><h2>Usual items</h2><button type="button" class="TrolleySummary_addAllButton__${v('Yt3Ls', 'Nq8Df')}" ${WRITES('all')}>Add all usual items</button></aside>${OUT}`;
    }),
    body: `await expect(page.locator('.ProductCard_addButton__x7Qe2')).toBeVisible();\n  await page.locator('.ProductCard_addButton__x7Qe2').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="ProductCard_addButton__"]',
  },
  // Astro 3.0 moved scoped styles from an `astro-<HASH>` class to a `data-astro-cid-<hash>` attribute: the hero's trial button lost the class it was found by.
  {
    id: 'd27-css-astro-3-scoped-attribute',
    kind: 'css class',
    ...both((v) => {
      const scope = (cls: string, hash: string) => v(`class="${cls} astro-${hash}"`, `class="${cls}" data-astro-cid-${hash.toLowerCase()}`);
      return `<header ${scope('site-header', 'SCKKX6R4')}><a href="#/" ${WRITES('home')}>Inkwell</a><button type="button" ${scope('login', 'SCKKX6R4')} ${WRITES('login')}>Log in</button></header><main><section ${scope('hero', 'J7PV25F6')}><h1 ${scope('hero-title', 'J7PV25F6')}>Notes that link themselves</h1><p ${scope('hero-lede', 'J7PV25F6')}>Write, connect and publish from one editor.</p><button type="button" ${scope('signup', 'J7PV25F6')} ${DONE}>Start free trial</button></section><section ${scope('pricing', 'K2LM99QA')}><h2 ${scope('pricing-title', 'K2LM99QA')}>Pricing</h2><button type="button" ${scope('plan', 'K2LM99QA')} ${WRITES('plan')}>Start Pro trial</button></section></main>${OUT}`;
    }),
    body: `await page.locator('button.astro-J7PV25F6').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[data-astro-cid-j7pv25f6]',
  },
  // The property site's own stylesheet refactor renamed a BEM modifier: `listing-card__label--reduced` -> `listing-card__label--price-drop` (the values are this page's).
  {
    id: 'd27-css-zoopla-bem-label-count',
    kind: 'css class',
    ...both((v) => {
      const card = (title: string, price: string, label: string) => {
        const mod = label === 'reduced' ? v('reduced', 'price-drop') : label;
        const text: Record<string, string> = { reduced: 'Reduced', new: 'Just added', featured: 'Featured' };
        return `<li class="listing-card">${label ? `<span class="listing-card__label listing-card__label--${mod}">${text[label]}</span>` : ''}<h2 class="listing-card__title">${title}</h2><p class="listing-card__price">${price}</p></li>`;
      };
      return `<main><h1>Property for sale in Bath</h1><p>4 results</p><ul class="results">${card('2 bed terraced house, Oldfield Park', '£375,000', 'reduced')}${card('3 bed semi-detached house, Combe Down', '£525,000', 'featured')}${card('1 bed flat, Widcombe', '£210,000', 'reduced')}${card('2 bed flat, Larkhall', '£289,950', 'new')}</ul><aside><h2>Sold nearby</h2><span class="sold-card__label sold-card__label--reduced">Reduced before sale</span></aside></main>`;
    }),
    body: `await expect(page.locator('.listing-card__label--reduced')).toHaveCount(2);`,
    expect: 'heal',
    target: '.listing-card__label--price-drop',
  },
];

const idHeals: Drift[] = [
  // The coach operator's own rebuild renamed its search button's id: `#searchButton` -> `#search-form-submit` (the values are this page's).
  {
    id: 'd27-id-flixbus-search',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Cheap bus tickets</h1><form class="search-form"><label for="from">From</label><input id="from" value="Berlin"><label for="to">To</label><input id="to" value="Prague"><label for="departure">Departure</label><input id="departure" value="2026-04-17"><button type="button" id="returnTripToggle" ${WRITES('return')}>Add return trip</button><button type="button" id="${v('searchButton', 'search-form-submit')}" ${DONE}>Search</button></form><section class="recent"><h2>Recent searches</h2><button type="button" id="searchButton-recent" ${WRITES('recent')}>Berlin - Dresden</button><button type="button" id="search-history-clear" ${WRITES('clear')}>Clear</button></section></main>${OUT}`,
    ),
    body: `await page.locator('#searchButton').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#search-form-submit',
  },
  // The booking app's own rebuild renamed the insurance-carrier select's id (selectors in a constants file; the values are this page's).
  {
    id: 'd27-po-zocdoc-insurance-carrier-id',
    kind: 'page object',
    ...both(
      (v) => `<main><h1>Find a dermatologist</h1><form class="search"><label for="search-location">Location</label><input id="search-location" name="location" value="Brooklyn, NY"><label for="${v('insurance-carrier', 'insuranceCarrierSelect')}">Insurance carrier</label><select id="${v('insurance-carrier', 'insuranceCarrierSelect')}" name="carrier"><option value="">I'm paying for myself</option><option value="aetna">Aetna</option><option value="cigna">Cigna</option><option value="empire">Empire BlueCross BlueShield</option></select><label for="insurance-plan">Insurance plan</label><select id="insurance-plan" name="plan"><option>Choose a plan</option></select><button type="button" id="search-submit">Find doctors</button></form><aside><label for="insurance-carrier-dental">Dental carrier</label><select id="insurance-carrier-dental" name="dental"><option value="delta">Delta Dental</option></select></aside></main>`,
    ),
    imports: `import { SEARCH } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the doctor search form.
export const SEARCH = {
  location: '#search-location',
  carrier: '#insurance-carrier',
  plan: '#insurance-plan',
  submit: '#search-submit',
};
`,
    },
    body: `await page.locator(SEARCH.carrier).selectOption('aetna');\n  await expect(page.locator('select[name="carrier"]')).toHaveValue('aetna');`,
    expect: 'heal',
    target: '#insuranceCarrierSelect',
  },
];

const testIdHeals: Drift[] = [
  // The journey planner's own rebuild renamed its `data-testid` hooks: `journey-go-button` -> `route-start-button`; the test names the hook twice (the values are this page's).
  {
    id: 'd27-testid-citymapper-go-twice',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>To King's Cross St. Pancras</h1><ol class="routes"><li class="route"><p>Victoria line · 14 min · £2.80</p><button type="button" data-testid="${v('journey-go-button', 'route-start-button')}" ${DONE}>GO</button><button type="button" data-testid="${v('journey-save-button', 'route-save-button')}" ${WRITES('save')}>Save</button><button type="button" data-testid="journey-share-button" ${WRITES('share')}>Share</button></li></ol><section><h2>Cycle</h2><p>Santander Cycles · 19 min</p><button type="button" data-testid="cycle-go-button" ${WRITES('cycle')}>GO</button></section></main>${OUT}`,
    ),
    body: `await expect(page.getByTestId('journey-go-button')).toBeEnabled();\n  await page.getByTestId('journey-go-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="route-start-button"]',
  },
  // The supermarket app's own rebuild renamed its `data-qa` hooks: `coupon-activate` -> `coupon-card-activate-button` (the values are this page's).
  {
    id: 'd27-testid-lidl-plus-activate-coupon',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Coupons</h1><ul class="coupons"><li class="coupon-card"><h2>20% off fresh bakery</h2><p>Valid until Sunday</p><button type="button" data-qa="${v('coupon-activate', 'coupon-card-activate-button')}" ${DONE}>Activate</button><button type="button" data-qa="${v('coupon-details', 'coupon-card-details-button')}" ${WRITES('details')}>Details</button></li><li class="coupon-card coupon-card--active"><h2>£1 off coffee beans</h2><p>Activated</p><button type="button" data-qa="coupon-deactivate" ${WRITES('deactivate')}>Deactivate</button></li></ul><button type="button" data-qa="coupons-activate-all" ${WRITES('all')}>Activate all coupons</button></main>${OUT}`,
    ),
    body: `await page.locator('[data-qa="coupon-activate"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-qa="coupon-card-activate-button"]',
  },
  // The language app's own rebuild renamed its Cypress hooks: `exercise-check-button` -> `check-answer-btn` (the values are this page's).
  {
    id: 'd27-testid-busuu-check-answer',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Lesson 4: At the café</h1><p class="prompt">Translate: "Un café, s'il vous plaît"</p><label for="answer">Your answer</label><input id="answer" value="A coffee, please"><div class="exercise-actions"><button type="button" data-cy="${v('exercise-hint-button', 'hint-btn')}" ${WRITES('hint')}>Hint</button><button type="button" data-cy="${v('exercise-skip-button', 'skip-exercise-btn')}" ${WRITES('skip')}>Skip</button><button type="button" data-cy="${v('exercise-check-button', 'check-answer-btn')}" ${DONE}>Check</button></div><aside><button type="button" data-cy="community-check-button" ${WRITES('community')}>Ask the community to check</button></aside></main>${OUT}`,
    ),
    body: `await page.locator('[data-cy="exercise-check-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy="check-answer-btn"]',
  },
];

const xpathHeals: Drift[] = [
  // OpenCart 4 moved the admin to Bootstrap 5: the page header's `div.pull-right` became `div.float-end`, so the XPath through it finds nothing.
  {
    id: 'd27-xpath-opencart-4-float-end',
    kind: 'xpath',
    ...both((v) => {
      const right = v('pull-right', 'float-end');
      const tip = v('data-toggle', 'data-bs-toggle');
      return `<div class="page-header"><div class="container-fluid"><div class="${right}"><button type="submit" form="form-product" ${tip}="tooltip" title="Save" class="btn btn-primary" ${DONE}><i class="${v('fa fa-save', 'fa-solid fa-floppy-disk')}"></i></button> <a href="#/catalog/product" ${tip}="tooltip" title="Back" class="btn ${v('btn-default', 'btn-light')}" ${WRITES('back')}><i class="${v('fa fa-reply', 'fa-solid fa-reply')}"></i></a></div><h1>Products</h1></div></div><div class="container-fluid"><form id="form-product" action="#" onsubmit="return false"><label for="input-name">Product Name</label><input id="input-name" name="product_description[1][name]" value="Harbour Chart Tube"><label for="input-model">Model</label><input id="input-model" name="model" value="HCT-40"></form><div class="card"><div class="${right}"><button type="button" id="button-filter" title="Save filter" class="btn btn-light" ${WRITES('filter')}>Filter</button></div></div></div>${OUT}`;
    }),
    body: `await page.locator('//div[@class="pull-right"]/button[@title="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[form="form-product"]',
  },
  // LimeSurvey 3's templates renamed the survey navigation buttons: the XPath on `@id="movenextbtn"` finds nothing.
  {
    id: 'd27-xpath-limesurvey-3-next',
    kind: 'xpath',
    ...both((v) => {
      const nav = v(
        `<button type="submit" id="moveprevbtn" value="moveprev" name="moveprev" class="submit button" ${WRITES('previous')}>Previous</button><button type="submit" id="movenextbtn" value="movenext" name="movenext" class="submit button" ${DONE}>Next</button>`,
        `<button type="submit" id="ls-button-previous" value="moveprev" name="move" class="ls-move-btn ls-move-previous-btn btn btn-lg btn-default" ${WRITES('previous')}>Previous</button><button type="submit" id="ls-button-submit" value="movenext" name="move" class="ls-move-btn ls-move-next-btn ls-move-submit-btn btn btn-lg btn-primary" ${DONE}>Next</button>`,
      );
      return `<h1>Harbour users survey 2026</h1><form id="limesurvey" action="#" onsubmit="return false"><div class="question"><p>How often do you use the visitor moorings?</p><label><input type="radio" name="q1" value="A1" checked> Weekly</label><label><input type="radio" name="q1" value="A2"> Monthly</label></div><div class="navigator">${nav}</div><button type="submit" id="saveallbtn" value="saveall" name="saveall" class="${v('saveall submit button', 'ls-saveall btn btn-default')}" ${WRITES('later')}>Resume later</button></form>${OUT}`;
    }),
    body: `await page.locator('//form[@id="limesurvey"]//button[@id="movenextbtn"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#ls-button-submit',
  },
];

const copyHeals: Drift[] = [
  // Crello renamed itself VistaCreate (2022): the design tool's template search names it anew.
  {
    id: 'd27-placeholder-crello-to-vistacreate',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>New design</h1><section class="templates"><h2>Templates</h2><input type="search" name="tpl-q" placeholder="${v('Search Crello templates', 'Search VistaCreate templates')}"></section><section><h2>Photos</h2><input type="search" name="photo-q" placeholder="Search photos"></section><section><h2>Imported from Canva</h2><input type="search" name="import-q" placeholder="Search Canva imports"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Crello templates').fill('menu board');\n  await expect(page.locator('input[name="tpl-q"]')).toHaveValue('menu board');`,
    expect: 'heal',
    target: 'input[name="tpl-q"]',
  },
  // Loco2 became Rail Europe (2020): the booking site's logo alt text is the new name (exact: true).
  {
    id: 'd27-alt-loco2-to-rail-europe',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img class="logo" src="${GIF}" alt="${v('Loco2', 'Rail Europe')}" width="96" height="28"></a></header><main><h1>London to Milan by train</h1><p>Via Paris · from £129 · 11 h 20 min</p><img class="badge" src="${GIF}" alt="${v('Loco2 price promise', 'Rail Europe price promise')}" width="24" height="24"><img class="operator" src="${GIF}" alt="Trenitalia" width="24" height="24"></main>`,
    ),
    body: `await expect(page.getByAltText('Loco2', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // Vipps and MobilePay merged and renamed the wallet "Vipps MobilePay": the checkout names the button anew; the test names the button twice.
  {
    id: 'd27-button-mobilepay-to-vipps-mobilepay-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Checkout</h1><p>2 × cinnamon buns · 78,00 kr.</p><div class="payment-buttons"><button type="button" class="pay-card" ${WRITES('card')}>Pay with card</button><button type="button" class="pay-wallet" ${DONE}>${v('Pay with MobilePay', 'Pay with Vipps MobilePay')}</button><button type="button" class="pay-apple" ${WRITES('apple')}>Pay with Apple Pay</button></div></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Pay with MobilePay' })).toBeVisible();\n  await page.getByRole('button', { name: 'Pay with MobilePay' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.pay-wallet',
  },
  // Scribd moved its ebooks and audiobooks into Everand (2023): an audiobook page's "listen in" icon's tooltip names it anew (a regular-expression title).
  {
    id: 'd27-title-scribd-to-everand',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>The Shipping News</h1><p>Audiobook · 12 h 6 min</p><div class="listen-in">${icon('listen-audible', 'Listen in Audible', WRITES('audible'))}${icon('listen-subscription', v('Listen in Scribd', 'Listen in Everand'), DONE)}${icon('listen-librofm', 'Listen in Libro.fm', WRITES('librofm'))}</div><a href="#/transcript" class="transcript" title="Read the study guide on Scribd" ${WRITES('transcript')}>Study guide</a></main>${OUT}`;
    }),
    body: `await page.getByTitle(/listen in scribd/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.listen-subscription',
  },
  // TfL Rail became the Elizabeth line (May 2022): the status board's heading names it anew (exact: true).
  {
    id: 'd27-heading-tfl-rail-to-elizabeth-line',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Line status</h1><section><h2>London Overground</h2><p>Good service</p></section><section><h2 class="crossrail">${v('TfL Rail', 'Elizabeth line')}</h2><p>Minor delays between Paddington and Reading</p></section><section><h2>DLR</h2><p>Good service</p></section><p class="note">Rail replacement buses: none today</p></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'TfL Rail', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.crossrail',
  },
  // Google Drive renamed Team Drives "Shared drives" (2019): the sidebar link names it anew (a regular-expression link name).
  {
    id: 'd27-link-team-drives-to-shared-drives',
    kind: 'renamed text',
    ...both((v) => {
      const nav = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="nav-${cls}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Drive"><ul>${nav('my-drive', 'My Drive', WRITES('my-drive'))}${nav('drives', v('Team Drives', 'Shared drives'), DONE)}${nav('shared-with-me', 'Shared with me', WRITES('shared-with-me'))}${nav('recent', 'Recent', WRITES('recent'))}</ul></nav><main><h1>My Drive</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^team drives$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.nav-drives',
  },
  // Limelight bought Layer0 and renamed it Edgio (2022): the deploy tool's settings label the token field anew.
  {
    id: 'd27-label-layer0-to-edgio',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Deploy targets</h1><form><label for="tok-netlify">Netlify auth token</label><input id="tok-netlify" name="netlify"><label for="tok-edge">${v('Layer0 deploy token', 'Edgio deploy token')}</label><input id="tok-edge" name="edge"><label for="tok-fastly">Fastly API token</label><input id="tok-fastly" name="fastly"><button type="button">Save targets</button></form></main>`,
    ),
    body: `await page.getByLabel('Layer0 deploy token').fill('l0_live_51c2');\n  await expect(page.locator('#tok-edge')).toHaveValue('l0_live_51c2');`,
    expect: 'heal',
    target: '#tok-edge',
  },
  // Mozilla renamed Firefox Monitor "Mozilla Monitor" (2023): the account page names the breach-alert source anew.
  {
    id: 'd27-text-firefox-monitor-to-mozilla-monitor',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Your account</h1><section><h2>Security</h2><p class="breach-source">${v('Breach alerts by Firefox Monitor', 'Breach alerts by Mozilla Monitor')}</p><p class="relay">Email masks by Firefox Relay</p><p class="vpn">Protected by Mozilla VPN</p></section></main>`,
    ),
    body: `await expect(page.getByText('Breach alerts by Firefox Monitor')).toBeVisible();`,
    expect: 'heal',
    target: 'p.breach-source',
  },
];

const chainHeals: Drift[] = [
  // Google Cloud folded Anthos into "GKE Enterprise" (2023): the console's products nav names it anew (the chain's last step drifts).
  {
    id: 'd27-chain-anthos-to-gke-enterprise',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="prod-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Products"><ul>${item('gke', 'Kubernetes Engine', WRITES('gke'))}${item('fleet', v('Anthos', 'GKE Enterprise'), DONE)}${item('run', 'Cloud Run', WRITES('run'))}</ul></nav></header><main><h1>harbour-prod</h1><a href="#/fleet-docs" ${WRITES('docs')}>Learn about ${v('Anthos', 'GKE Enterprise')} fleets</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Products' })\n    .getByRole('link', { name: 'Anthos' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.prod-fleet',
  },
  // Microsoft renamed Azure SQL Data Warehouse "Azure Synapse Analytics" (2019): the portal's create-a-resource list names it anew (page object, the chain's last step drifts).
  {
    id: 'd27-chain-po-sql-data-warehouse-to-synapse',
    kind: 'multi-line chain',
    ...both((v) => {
      const res = (cls: string, name: string, extra: string) => `<li><a href="#/${cls}" class="res-${cls}" ${extra}>${name}</a></li>`;
      return `<main><h1>Create a resource</h1><section aria-label="Databases" class="databases"><h2>Databases</h2><ul>${res('sqldb', 'SQL Database', WRITES('sqldb'))}${res('dw', v('SQL Data Warehouse', 'Azure Synapse Analytics'), DONE)}${res('cosmos', 'Azure Cosmos DB', WRITES('cosmos'))}</ul></section><section aria-label="Analytics"><h2>Analytics</h2><ul>${res('databricks', 'Azure Databricks', WRITES('databricks'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { CreateResourcePage } from './create-resource-page';`,
    files: {
      'create-resource-page.ts': `import type { Page } from '@playwright/test';

export class CreateResourcePage {
  constructor(readonly page: Page) {}

  async chooseWarehouse() {
    await this.page
      .getByRole('region', { name: 'Databases' })
      .getByRole('link', { name: 'SQL Data Warehouse' })
      .click();
  }

  async chooseDatabricks() {
    await this.page
      .getByRole('region', { name: 'Analytics' })
      .getByRole('link', { name: 'Azure Databricks' })
      .click();
  }
}
`,
    },
    body: `await new CreateResourcePage(page).chooseWarehouse();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.databases a.res-dw',
  },
];

const refuseRemoved: Drift[] = [
  // Broadcom shut Pivotal Tracker (April 30, 2025): the chat tool's integrations lost it; Jira and Linear stay.
  {
    id: 'd27-refuse-pivotal-tracker-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="connect-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Integrations</h1><p>Post updates from your tracker into #harbour-dev</p><div class="integrations">${b('jira', 'Connect Jira', WRITES('jira'))}${v(b('tracker', 'Connect Pivotal Tracker', DONE), '')}${b('linear', 'Connect Linear', WRITES('linear'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Connect Pivotal Tracker' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Mailchimp shut TinyLetter (February 2024): the blog's subscribe options lost it; RSS and Buttondown stay.
  {
    id: 'd27-refuse-tinyletter-shut',
    kind: 'refuse',
    ...both((v) => {
      const l = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="subscribe-${cls}" ${extra}>${label}</a></li>`;
      return `<main><article><h1>Notes from the slipway</h1><p>Winter haul-out, week three.</p></article><footer><h2>Subscribe</h2><ul>${l('rss', 'Subscribe via RSS', WRITES('rss'))}${v(l('tinyletter', 'Subscribe via TinyLetter', DONE), '')}${l('buttondown', 'Subscribe by email (Buttondown)', WRITES('buttondown'))}</ul></footer></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Subscribe via TinyLetter' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // ElephantSQL shut its hosted PostgreSQL (January 2025): the hosting dashboard's database add-ons lost it; Neon and Supabase stay.
  {
    id: 'd27-refuse-elephantsql-shut',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="checkbox" name="addon" value="${value}"> ${label}</label>`;
      return `<main><h1>Add-ons for harbour-api</h1><fieldset><legend>Databases</legend>${opt('neon', 'Neon (PostgreSQL)')}${v(opt('elephantsql', 'ElephantSQL (PostgreSQL)'), '')}${opt('supabase', 'Supabase (PostgreSQL)')}${opt('upstash', 'Upstash (Redis)')}</fieldset><button type="button">Provision</button></main>`;
    }),
    body: `await page.getByRole('checkbox', { name: 'ElephantSQL (PostgreSQL)' }).check();\n  await expect(page.locator('input[value="elephantsql"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Hipmunk shut (January 2020): the travel blog's "Compare fares" links lost it; Kayak and Momondo stay.
  {
    id: 'd27-refuse-hipmunk-shut',
    kind: 'refuse',
    ...both((v) => {
      const l = (label: string, extra: string) => `<li><a href="#/${label.toLowerCase()}" ${extra}>Compare fares on ${label}</a></li>`;
      return `<main><article><h1>Getting to the Azores by air</h1><p>Direct flights run from Lisbon and Porto.</p></article><aside><h2>Compare fares</h2><ul>${l('Kayak', WRITES('kayak'))}${v(l('Hipmunk', DONE), '')}${l('Momondo', WRITES('momondo'))}</ul></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Compare fares on Hipmunk' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Apple ended the Dark Sky API (March 31, 2023): the dashboard's weather sources lost it; Open-Meteo and the Met Office stay.
  {
    id: 'd27-refuse-dark-sky-api-shut',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string, checked = false) => `<label><input type="radio" name="source" value="${value}"${checked ? ' checked' : ''}> ${label}</label>`;
      return `<main><h1>Weather widget</h1><fieldset><legend>Forecast source</legend>${opt('open-meteo', 'Open-Meteo', true)}${v(opt('darksky', 'Dark Sky'), '')}${opt('metoffice', 'Met Office DataHub')}</fieldset><label for="place">Place</label><input id="place" value="Falmouth"><button type="button">Save widget</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Dark Sky' }).check();\n  await expect(page.locator('input[value="darksky"]')).toBeChecked();`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The account already watches the user story (fixture change): Taiga shows "Unwatch" where "Watch" was (exact: true).
  {
    id: 'd27-refuse-taiga-watch-now-unwatch',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>#412 Publish tide tables as JSON</h1><p>Status: In progress · 5 points</p><div class="detail-actions"><button type="button" class="vote" ${WRITES('vote')}>Upvote</button><span class="count">3</span><button type="button" class="watch" ${v(DONE, WRITES('unwatch'))}>${v('Watch', 'Unwatch')}</button><span class="count">${v('2 watchers', '3 watchers')}</span></div><a href="#/watchers" ${WRITES('watchers')}>See watchers</a></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Watch', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The article was already read (fixture change): wallabag shows "Mark as unread" where "Mark as read" was.
  {
    id: 'd27-refuse-wallabag-mark-as-read-now-unread',
    kind: 'refuse',
    ...both(
      (v) => `<main><article><h1>How harbours measure the tide</h1><p class="meta">Estimated reading time: 7 min</p><p>Tide gauges have been recording sea level for two centuries.</p></article><aside class="entry-actions"><button type="button" class="archive" ${v(DONE, WRITES('unread'))}>${v('Mark as read', 'Mark as unread')}</button><button type="button" ${WRITES('star')}>Mark as favorite</button><button type="button" ${WRITES('delete')}>Delete</button></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mark as read' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The photo is already a favorite (fixture change): Piwigo shows "Remove from favorites" where "Add to favorites" was.
  {
    id: 'd27-refuse-piwigo-add-to-favorites-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour at low tide</h1><img src="${GIF}" alt="Harbour at low tide" width="160" height="90"><div class="image-toolbar"><a href="#/favorites" class="pwg-fav" ${v(DONE, WRITES('remove'))}>${v('Add to favorites', 'Remove from favorites')}</a><a href="#/download" ${WRITES('download')}>Download this file</a><a href="#/caddie" ${WRITES('caddie')}>Add to caddie</a></div><p>Visits: 142</p></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Add to favorites' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // The service failed on its last start (fixture change): Cockpit's service page shows another state.
  {
    id: 'd27-refuse-cockpit-service-running-now-failed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>harbour-sync.service</h1><dl><dt>Status</dt><dd class="service-status">${v('Running', 'Failed to start')}</dd><dt>Path</dt><dd>/etc/systemd/system/harbour-sync.service</dd><dt>Memory</dt><dd>${v('38.2 MB', '0 B')}</dd></dl><button type="button">Restart</button><button type="button">Stop</button></main>`,
    ),
    body: `await expect(page.getByText('Running', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The parcel was delivered (fixture change): Colissimo's tracking page shows another state.
  {
    id: 'd27-refuse-colissimo-in-transit-now-delivered',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Parcel 6A21873904512</h1><p class="parcel-step">${v('Your parcel is on its way', 'Your parcel has been delivered')}</p><p>${v('Expected Wed 11 Mar', 'Delivered Tue 10 Mar, 11:42')}</p><p>From: Quai des Voiliers, La Rochelle</p><button type="button">Change delivery</button></main>`,
    ),
    body: `await expect(page.getByText('Your parcel is on its way')).toBeVisible();`,
    expect: 'refuse',
  },
  // The sofa's price went down (fixture change): IKEA's product page shows another price.
  {
    id: 'd27-refuse-ikea-price-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>KIVIK 3-seat sofa</h1><p class="price">${v('£549', '£499')}</p><p>Tibbleby beige/grey</p><button type="button">Add to bag</button><p>Delivery from £35</p></main>`,
    ),
    body: `await expect(page.getByText('£549')).toBeVisible();`,
    expect: 'refuse',
  },
  // More pledges since (fixture change): the Crowdfunder page shows another amount.
  {
    id: 'd27-refuse-crowdfunder-raised-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Restore the harbour rowing gig</h1><p class="raised">${v('£4,120 raised', '£4,560 raised')}</p><p>of £6,000 target · 58 supporters</p><button type="button">Back this project</button><button type="button">Share</button></main>`,
    ),
    body: `await expect(page.getByText('£4,120 raised')).toBeVisible();`,
    expect: 'refuse',
  },
  // The promoter moved the night a week (fixture change): the Fatsoma event page shows another date.
  {
    id: 'd27-refuse-fatsoma-event-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbourside Disco Social</h1><p class="when">${v('Fri 20 Mar, 10:00 pm', 'Fri 27 Mar, 10:00 pm')}</p><p>The Old Boat Shed, Plymouth</p><p>From £6.00</p><button type="button">Get tickets</button></main>`,
    ),
    body: `await expect(page.getByText('Fri 20 Mar, 10:00 pm')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // Another day (fixture change): Lichess's "Puzzle of the day" slot shows another puzzle.
  {
    id: 'd27-refuse-lichess-different-daily-puzzle',
    kind: 'refuse',
    ...both((v) => {
      const puzzle = (name: string, meta: string, extra: string) => `<section class="daily-puzzle"><h2>Puzzle of the day</h2><p>${meta}</p><a href="#/training/daily" ${extra}>Solve ${name}</a></section>`;
      return `<main><h1>Lichess</h1>${v(puzzle('#K3vQx', 'White to play · rating 1742', DONE), puzzle('#r8TfN', 'Black to play · rating 1915', WRITES('r8TfN')))}<section><h2>Puzzle history</h2><a href="#/training/history" ${WRITES('history')}>Solve #Zp41m again</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Solve #K3vQx' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another game was logged since (fixture change): the Backloggd profile's latest played game is another record.
  {
    id: 'd27-refuse-backloggd-different-latest-game',
    kind: 'refuse',
    ...both((v) => {
      const g = (name: string, meta: string, extra: string) => `<li class="game"><a href="#/${name.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${name}</a><span>${meta}</span></li>`;
      return `<main><h1>tidewatcher</h1><p>214 games played</p><h2>Recently played</h2><ul>${v(g('Dredge', 'Played · 3 Mar', DONE), g('A Short Hike', 'Completed · 8 Mar', WRITES('short-hike')))}${g('Sea of Stars', 'Played · 26 Feb', WRITES('sea-of-stars'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Dredge' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Penpot's workspace moved "Export" into the closed main menu.
  {
    id: 'd27-refuse-penpot-export-behind-menu',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${label}</button>`;
      const exp = v(
        b('Export', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="Main menu" ${WRITES('menu')}>☰</button><div role="menu" aria-label="Main menu" hidden><button type="button" role="menuitem" ${WRITES('export-hidden')}>Export</button><button type="button" role="menuitem" ${WRITES('download-hidden')}>Download .penpot</button><button type="button" role="menuitem" ${WRITES('shortcuts-hidden')}>Shortcuts</button></div>`,
      );
      return `<main><div class="workspace-toolbar" role="toolbar" aria-label="Workspace">${b('Board', WRITES('board'))}${b('Rectangle', WRITES('rectangle'))}${exp}${b('Share', WRITES('share'))}</div><h1>Harbour wayfinding signs</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Export' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Humanitix's event settings moved the custom confirmation URL field into a collapsed "Advanced settings" section.
  {
    id: 'd27-refuse-humanitix-redirect-behind-section',
    kind: 'refuse',
    ...both((v) => {
      const redirect = '<label for="confirm-url">Custom confirmation URL</label><input id="confirm-url" name="confirmUrl">';
      return `<main><h1>Event settings</h1><form><label for="event-name">Event name</label><input id="event-name" name="name" value="Harbour open day"><label for="capacity">Capacity</label><input id="capacity" name="capacity" value="250">${v(redirect, `<details class="advanced-settings"><summary>Advanced settings</summary><label for="tracking">Tracking pixel</label><input id="tracking" name="tracking">${redirect}</details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Custom confirmation URL').fill('https://harbour.example/see-you');\n  await expect(page.locator('#confirm-url')).toHaveValue('https://harbour.example/see-you');`,
    expect: 'refuse',
  },
  // The job's application form no longer asks for the required salary expectations (fixture change).
  {
    id: 'd27-refuse-smartrecruiters-salary-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Marina Duty Manager</h1><form><label for="first">First name</label><input id="first" name="first" required><label for="last">Last name</label><input id="last" name="last" required><label for="email">Email</label><input id="email" name="email" type="email" required>${v('<label for="salary">Salary expectations</label><input id="salary" name="salary" required>', '')}<label for="message">Message to the hiring team</label><textarea id="message" name="message"></textarea><button type="button">Apply</button></form></main>`,
    ),
    body: `await page.getByLabel('Salary expectations').fill('£34,000');\n  await expect(page.locator('input[name="salary"]')).toHaveValue('£34,000');`,
    expect: 'refuse',
  },
  // The store has closed for the night (fixture change): Glovo's "Place order" now opens the scheduling sheet instead of ordering.
  {
    id: 'd27-refuse-glovo-place-order-now-schedule',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Your order from Forn del Port</h1><ul class="basket"><li>Ensaïmada x 2 · 4,80 €</li><li>Café amb llet · 1,90 €</li></ul><p>${v('Delivery in 25-35 min', 'The store is closed now. Opens at 07:00')}</p><div class="checkout-actions"><button type="button" ${WRITES('coupon')}>Add promo code</button><button type="button" class="place-order" ${v(DONE, WRITES('schedule'))}>Place order</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Place order' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The app stopped showing its product tour: `.product-tour__skip` finds nothing; the only skip buttons left belong to the video ad and the survey.
  {
    id: 'd27-refuse-product-tour-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="product-tour product-tour--step-1" role="dialog" aria-label="Welcome tour"><p class="product-tour__text">Step 1 of 4: this is your tide dashboard</p><button type="button" class="product-tour__next" ${WRITES('next')}>Next</button><button type="button" class="product-tour__skip" ${DONE}>Skip</button></div>`, '')}<header><a href="#/">Tidewise</a></header><main><h1>Dashboard</h1><div class="video-ad"><p class="video-ad__text">Sponsored: sailing jackets</p><button type="button" class="video-ad__skip" ${WRITES('ad')}>Skip</button></div></main><div class="nps-survey"><p class="nps-survey__text">How likely are you to recommend Tidewise?</p><button type="button" class="nps-survey__skip" ${WRITES('survey')}>Skip</button></div>${OUT}`,
    ),
    body: `await page.locator('.product-tour__skip').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_27_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
