// Twenty-ninth development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a florist's
// webpack css-loader class hashes changed by a new build, named twice in one test; Bootstrap 5 renaming the font
// utilities (`font-weight-bold` -> `fw-bold`) in a credit union portal's own upgrade; a BEM modifier renamed by a
// recipe-box site's own stylesheet refactor, counted with toHaveCount), id renames (a ferry operator's own rebuild,
// and an opticians' booking app whose selectors are kept in a constants file), test-attribute renames
// (`data-testid` named twice in one test, `data-qa` and `data-cy`, all renamed by the apps' own rebuilds), XPath
// locators (Plone 6's Volto editing toolbar replacing the classic form buttons, Request Tracker 5's Bootstrap
// buttons), copy edits on placeholder, alt (exact: true), button (the same old name twice in one test), title
// (regular-expression name), heading (exact: true), link (regular expression), label and text locators, and two
// Prettier-style multi-line chains (one in a page object) whose last step names a renamed product; and 20
// must-refuse: services shut while look-alikes stay (LGTM.com, Google Cloud IoT Core, Wercker, Houseparty, MaxCDN),
// opposite actions (Lock -> Unlock (exact), Book -> Cancel, Power on -> Power off), state changes (a ticket closed,
// an array stopped), a price, an amount and a date changed, a different record in the same slot (twice), an entry
// moved behind a closed menu and a field behind a collapsed section, a required field dropped, a button that now
// opens something else, and a component removed where the only remaining elements with a similar class are other
// components. Pages carry decoys that share words, classes or attributes with the target. Heal cases name the
// `target` the drifted locator must now find; refuse cases have none. Each case is judged as a careful reader of the
// release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d29-css-bloom-and-wild-css-loader-hash-twice: webpack css-loader's `localIdentName` `[name]__[local]--[hash:base64:5]` puts a content hash in every class (`ProductPage__addToBasket--<hash>`); the florist's next build (a dependency upgrade) changed every hash; the test names the class twice.
// d29-css-credit-union-bootstrap-5-font-weight: Bootstrap 5 (May 2021) renamed the font utilities (`font-weight-bold` -> `fw-bold`, `font-weight-bolder` -> `fw-bolder`, `font-italic` -> `fst-italic`); a credit union's members' portal moved over in its own upgrade.
// d29-css-mindful-chef-bem-badge-count: the recipe-box site's own stylesheet refactor renamed a BEM modifier (`recipe-card__badge--plant-based` -> `recipe-card__badge--vegan`); the badge text stays; the values are this page's.
// d29-id-stena-line-search: the ferry operator's own rebuild renamed its search button's id (`#searchSailingsButton` -> `#sailing-search-submit`); the values are this page's.
// d29-po-specsavers-appointment-type-id: the opticians' booking app's own rebuild renamed the appointment-type select's id (`#appointmentType` -> `#appointment-type-select`); the selectors live in a constants file; the values are this page's.
// d29-testid-ringgo-start-parking-twice: the parking app's own rebuild renamed its `data-testid` hooks (`start-parking-button` -> `parking-session-start`); the test names the hook twice; the values are this page's.
// d29-testid-octopus-energy-submit-reading: the energy supplier's own rebuild renamed its `data-qa` hooks (`submit-reading` -> `meter-reading-submit`); the values are this page's.
// d29-testid-odeon-book-seats: the cinema chain's own rebuild renamed its Cypress hooks (`book-seats-button` -> `showtime-book-button`); the values are this page's.
// d29-xpath-plone-6-volto-save: Plone 6 (December 2022) made Volto, a React front end, the default editing UI: the classic edit form's `input#form-buttons-save` gave way to the toolbar's icon button `button#toolbar-save`, so an XPath on `@id="form-buttons-save"` finds nothing.
// d29-xpath-request-tracker-5-create: Request Tracker 5 (2020) moved its web UI to Bootstrap: the ticket-create form's `input.button` became `input.button.btn.btn-primary.form-control`, so an XPath on `@class="button"` finds nothing.
// d29-placeholder-code-climate-to-qlty: Code Climate spun its code-quality product out as Qlty (2024-2025).
// d29-alt-1-and-1-to-ionos: 1&1 Internet renamed its hosting business IONOS (2018) (exact: true).
// d29-button-grofers-to-blinkit-twice: the Indian grocery app Grofers renamed itself Blinkit (December 2021); the test names the button twice.
// d29-title-form-recognizer-to-document-intelligence: Microsoft renamed Azure Form Recognizer "Azure AI Document Intelligence" (November 2023), and its studio with it (a regular-expression title).
// d29-heading-azure-stack-hci-to-azure-local: Microsoft renamed Azure Stack HCI "Azure Local" (November 2024) (exact: true).
// d29-link-lightstep-to-cloud-observability: ServiceNow renamed Lightstep "ServiceNow Cloud Observability" (2023) (a regular-expression link name).
// d29-label-scalyr-to-dataset: SentinelOne renamed Scalyr "DataSet" (2022).
// d29-text-rbs-to-natwest-group: The Royal Bank of Scotland Group plc renamed itself NatWest Group plc (July 2020); the Royal Bank of Scotland brand stays.
// d29-chain-fusion-360-to-autodesk-fusion: Autodesk dropped the "360" from Fusion 360 (2023) (the chain's last step drifts).
// d29-chain-po-ouibus-to-blablabus: SNCF's coach line Ouibus, bought by BlaBlaCar, became BlaBlaBus (2019) (page object, the chain's last step drifts).
// d29-refuse-lgtm-shut: GitHub shut LGTM.com (December 2022); a repository's code-analysis apps lost it; Codecov and SonarCloud stay.
// d29-refuse-google-cloud-iot-core-shut: Google shut Cloud IoT Core (August 2023); a device platform's broker choices lost it; AWS IoT Core and Azure IoT Hub stay.
// d29-refuse-wercker-shut: Oracle shut Wercker (October 2022); an open-source project's "Build on" links lost it; Semaphore and Buildkite stay.
// d29-refuse-houseparty-shut: Epic Games shut Houseparty (October 2021); a party-planning app's call buttons lost it; Zoom and FaceTime stay.
// d29-refuse-maxcdn-shut: StackPath shut MaxCDN (December 2022); a caching plugin's CDN tabs lost it; BunnyCDN and KeyCDN stay.
// d29-refuse-seafile-lock-now-unlock: fixture change (the file is already locked by the account): "Unlock" is the opposite action (exact: true).
// d29-refuse-puregym-book-now-cancel: fixture change (the member already booked the class): "Cancel" is the opposite action.
// d29-refuse-hetzner-power-on-now-off: fixture change (the server is already running): "Power off" is the opposite action.
// d29-refuse-zammad-ticket-open-now-closed: fixture change (an agent closed the ticket): another state.
// d29-refuse-unraid-array-started-now-stopped: fixture change (the array was stopped for a disk swap): another state.
// d29-refuse-argos-price-changed: fixture change (the kettle's price went up): another price.
// d29-refuse-chuffed-raised-changed: fixture change (more donations since): another amount.
// d29-refuse-see-tickets-event-moved: fixture change (the promoter moved the gig a week): another date.
// d29-refuse-merriam-webster-different-word-of-the-day: fixture change (another day, another word in the "Word of the Day" slot).
// d29-refuse-bandsintown-different-next-show: fixture change (another show was added sooner; the test's show is no longer the next one).
// d29-refuse-descript-export-behind-menu: Descript's editor toolbar moved "Export" into the closed "Publish" menu.
// d29-refuse-cognito-forms-redirect-behind-section: Cognito Forms' form settings moved the redirect URL field into a collapsed "Submission settings" section.
// d29-refuse-recruitee-licence-dropped: fixture change (the job's application form no longer asks for the required driving licence number).
// d29-refuse-wayfair-add-to-basket-now-options: fixture change (the preselected colour sold out): "Add to basket" now opens the options sheet instead of adding.
// d29-refuse-referral-banner-removed: the app stopped showing its referral banner; the only `__close` buttons left belong to the maintenance notice and the onboarding checklist.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d29-css-bloom-and-wild-css-loader-hash-twice (the class names
// and the hash's shape are this page's), d29-css-credit-union-bootstrap-5-font-weight (the portal and its markup are
// this page's), d29-xpath-plone-6-volto-save (the exact classic and Volto markup), d29-xpath-request-tracker-5-create
// (the exact classes before and after), d29-placeholder-code-climate-to-qlty (when the Code Climate name went and the
// placeholder's wording), d29-title-form-recognizer-to-document-intelligence (the studio's exact name and the
// title's wording), d29-link-lightstep-to-cloud-observability (how a navigation would shorten the new name),
// d29-label-scalyr-to-dataset (the year and the label's wording), d29-text-rbs-to-natwest-group (the footer's
// wording), d29-chain-fusion-360-to-autodesk-fusion (the month, and how the navigation named it),
// d29-chain-po-ouibus-to-blablabus (the year, and the later "BlaBlaCar Bus" name), d29-refuse-wercker-shut (the
// month), d29-refuse-maxcdn-shut (the month), d29-refuse-descript-export-behind-menu and
// d29-refuse-cognito-forms-redirect-behind-section (whether and when the layouts changed, and the menu's and
// section's labels), d29-refuse-referral-banner-removed (the class names are this page's), and the fixture changes'
// labels (Seafile, PureGym, Hetzner, Zammad, Unraid, Argos, Chuffed, See Tickets, Merriam-Webster, Bandsintown,
// Recruitee, Wayfair).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Codacy, DeepSource, Strato, Zepto, BigBasket, Language Studio, Speech Studio, Azure Stack Hub, Azure
// Stack Edge, Datadog, Honeycomb, Sumo Logic, Better Stack, NatWest Markets, AutoCAD, Inventor, National Express,
// Megabus, Europcar, Codecov, SonarCloud, AWS IoT Core, Azure IoT Hub, Semaphore, Buildkite, Zoom, FaceTime,
// BunnyCDN, KeyCDN (some of these appear in earlier sets, and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const SVG = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M2 2h20v20H2z"></path></svg>';

const classHeals: Drift[] = [
  // webpack css-loader's class names carry a content hash: the florist's next build changed every hash; the test names the add-to-basket button's class twice.
  {
    id: 'd29-css-bloom-and-wild-css-loader-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (local: string, o: string, n: string) => `ProductPage__${local}--${v(o, n)}`;
      return `<main class="${c('page', 'Hq2Lm', 'Zr8Xc')}"><h1 class="${c('title', 'pN4sW', 'tA9dE')}">The Clementine</h1><p class="${c('price', 'Ke7Yb', 'Uo3Fi')}">£40.00</p><div class="${c('formats', 'Wm5Rq', 'Gy1Ls')}"><button type="button" class="${c('formatButton', 'Tj8Nv', 'Bc6Hp')}" ${WRITES('letterbox')}>Letterbox</button><button type="button" class="${c('formatButton', 'Tj8Nv', 'Bc6Hp')}" ${WRITES('hand-tied')}>Hand-tied</button></div><button type="button" class="${c('addToBasket', 'k9Qz2', 'Rd4Vw')}" ${DONE}>Add to basket</button><button type="button" class="${c('addGift', 'Xs3Po', 'Ie7Mu')}" ${WRITES('gift')}>Add a gift</button></main><aside class="UpsellPanel__panel--${v('Nb5Ge', 'Lq2Ty')}"><h2>Make it extra special</h2><button type="button" class="UpsellPanel__addToBasket--${v('Fw8Jk', 'Pv1Sd')}" ${WRITES('chocolates')}>Add chocolates to basket</button></aside>${OUT}`;
    }),
    body: `await expect(page.locator('.ProductPage__addToBasket--k9Qz2')).toBeVisible();\n  await page.locator('.ProductPage__addToBasket--k9Qz2').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="ProductPage__addToBasket--"]',
  },
  // Bootstrap 5 renamed the font utilities: the credit union portal's available balance lost the `font-weight-bold` class it was found by.
  {
    id: 'd29-css-credit-union-bootstrap-5-font-weight',
    kind: 'css class',
    ...both(
      (v) => `<main class="container"><h1 class="${v('font-weight-bolder', 'fw-bolder')}">Everyday saver</h1><p class="text-muted">Account ending 4417</p><dl class="row"><dt class="col-6">Available balance</dt><dd class="col-6 ${v('font-weight-bold', 'fw-bold')}">£1,204.50</dd><dt class="col-6">Pending</dt><dd class="col-6 ${v('font-weight-normal', 'fw-normal')}">£38.20</dd><dt class="col-6">Interest this year</dt><dd class="col-6 ${v('font-weight-light', 'fw-light')}">£12.07</dd></dl><p class="${v('font-italic', 'fst-italic')} small">Balances update overnight</p><button type="button" class="btn btn-primary ${v('btn-block', 'w-100')}">Move money</button></main>`,
    ),
    body: `await expect(page.locator('.font-weight-bold')).toHaveText('£1,204.50');`,
    expect: 'heal',
    target: '.fw-bold',
  },
  // The recipe-box site's own stylesheet refactor renamed a BEM modifier: `recipe-card__badge--plant-based` -> `recipe-card__badge--vegan` (the values are this page's).
  {
    id: 'd29-css-mindful-chef-bem-badge-count',
    kind: 'css class',
    ...both((v) => {
      const card = (name: string, time: string, badge: string) => {
        const mod = badge === 'plant-based' ? v('plant-based', 'vegan') : badge;
        const text: Record<string, string> = { 'plant-based': 'Plant-based', 'gluten-free': 'Gluten-free', new: 'New this week' };
        return `<li class="recipe-card">${badge ? `<span class="recipe-card__badge recipe-card__badge--${mod}">${text[badge]}</span>` : ''}<h2 class="recipe-card__name">${name}</h2><p class="recipe-card__time">${time}</p></li>`;
      };
      return `<main><h1>This week's recipes</h1><p>6 recipes</p><ul class="recipes">${card('Miso aubergine with sesame greens', '30 min', 'plant-based')}${card('Chipotle chicken tacos', '25 min', 'gluten-free')}${card('Black bean and sweet potato chilli', '35 min', 'plant-based')}${card('Hake with salsa verde', '20 min', 'new')}${card('Thai red lentil curry', '30 min', 'plant-based')}${card('Lamb kofta with tabbouleh', '40 min', '')}</ul><aside><h2>Boxes</h2><span class="box-card__badge box-card__badge--plant-based">Plant-based box</span></aside></main>`;
    }),
    body: `await expect(page.locator('.recipe-card__badge--plant-based')).toHaveCount(3);`,
    expect: 'heal',
    target: '.recipe-card__badge--vegan',
  },
];

const idHeals: Drift[] = [
  // The ferry operator's own rebuild renamed its search button's id: `#searchSailingsButton` -> `#sailing-search-submit` (the values are this page's).
  {
    id: 'd29-id-stena-line-search',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Book a ferry</h1><form class="sailing-search"><label for="route">Route</label><select id="route"><option>Holyhead - Dublin</option><option>Cairnryan - Belfast</option></select><label for="outbound">Outbound</label><input id="outbound" value="2026-06-12"><label for="passengers">Passengers</label><input id="passengers" value="2 adults"><button type="button" id="addVehicleButton" ${WRITES('vehicle')}>Add a vehicle</button><button type="button" id="${v('searchSailingsButton', 'sailing-search-submit')}" ${DONE}>Search</button></form><section class="freight"><h2>Freight customer?</h2><button type="button" id="searchSailingsButton-freight" ${WRITES('freight')}>Search freight sailings</button></section></main>${OUT}`,
    ),
    body: `await page.locator('#searchSailingsButton').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#sailing-search-submit',
  },
  // The opticians' booking app's own rebuild renamed the appointment-type select's id (selectors in a constants file; the values are this page's).
  {
    id: 'd29-po-specsavers-appointment-type-id',
    kind: 'page object',
    ...both(
      (v) => `<main><h1>Book an appointment</h1><form class="booking"><label for="store">Store</label><select id="store" name="store"><option>Harrogate</option><option>Knaresborough</option></select><label for="${v('appointmentType', 'appointment-type-select')}">Appointment</label><select id="${v('appointmentType', 'appointment-type-select')}" name="type"><option value="">Choose</option><option value="eye-test">Eye test</option><option value="contact-lens">Contact lens check</option><option value="collection">Glasses collection</option></select><label for="customerName">Your name</label><input id="customerName" name="customerName" value="Ada Brook"><button type="button" id="findTimes">Find a time</button></form><aside><label for="appointmentType-hearing">Hearing appointment</label><select id="appointmentType-hearing" name="hearing"><option value="hearing-test">Hearing test</option></select></aside></main>`,
    ),
    imports: `import { BOOKING } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the appointment booking form.
export const BOOKING = {
  store: '#store',
  type: '#appointmentType',
  name: '#customerName',
  submit: '#findTimes',
};
`,
    },
    body: `await page.locator(BOOKING.type).selectOption('eye-test');\n  await expect(page.locator('select[name="type"]')).toHaveValue('eye-test');`,
    expect: 'heal',
    target: '#appointment-type-select',
  },
];

const testIdHeals: Drift[] = [
  // The parking app's own rebuild renamed its `data-testid` hooks: `start-parking-button` -> `parking-session-start`; the test names the hook twice (the values are this page's).
  {
    id: 'd29-testid-ringgo-start-parking-twice',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Park</h1><section class="location"><h2>Location 41552 · Station Road car park</h2><p>2 hours · £3.40 · AB12 CDE</p><button type="button" data-testid="${v('change-vehicle-button', 'parking-vehicle-change')}" ${WRITES('vehicle')}>Change vehicle</button><button type="button" data-testid="${v('start-parking-button', 'parking-session-start')}" ${DONE}>Start parking</button></section><section class="recent"><h2>Recent locations</h2><p>Location 40210 · Harbour Street</p><button type="button" data-testid="quick-start-parking-button" ${WRITES('quick')}>Park here again</button></section></main>${OUT}`,
    ),
    body: `await expect(page.getByTestId('start-parking-button')).toBeEnabled();\n  await page.getByTestId('start-parking-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="parking-session-start"]',
  },
  // The energy supplier's own rebuild renamed its `data-qa` hooks: `submit-reading` -> `meter-reading-submit` (the values are this page's).
  {
    id: 'd29-testid-octopus-energy-submit-reading',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Submit a meter reading</h1><section class="electricity"><h2>Electricity</h2><label for="elec-reading">Reading (kWh)</label><input id="elec-reading" value="18422"><button type="button" data-qa="${v('add-photo', 'meter-reading-photo')}" ${WRITES('photo')}>Add a photo</button><button type="button" data-qa="${v('submit-reading', 'meter-reading-submit')}" ${DONE}>Submit reading</button></section><section class="gas"><h2>Gas</h2><label for="gas-reading">Reading (m³)</label><input id="gas-reading" value="05133"><button type="button" data-qa="submit-reading-gas" ${WRITES('gas')}>Submit gas reading</button></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-qa="submit-reading"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-qa="meter-reading-submit"]',
  },
  // The cinema chain's own rebuild renamed its Cypress hooks: `book-seats-button` -> `showtime-book-button` (the values are this page's).
  {
    id: 'd29-testid-odeon-book-seats',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Paddington in Peru</h1><p>PG · 1 h 46 min</p><div class="showtime"><p>Today 18:40 · Screen 3</p><button type="button" data-cy="${v('trailer-button', 'showtime-trailer-button')}" ${WRITES('trailer')}>Watch trailer</button><button type="button" data-cy="${v('book-seats-button', 'showtime-book-button')}" ${DONE}>Book seats</button></div><div class="showtime showtime--imax"><p>Today 20:10 · IMAX</p><button type="button" data-cy="book-seats-imax-button" ${WRITES('imax')}>Book IMAX seats</button></div></main>${OUT}`,
    ),
    body: `await page.locator('[data-cy="book-seats-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy="showtime-book-button"]',
  },
];

const xpathHeals: Drift[] = [
  // Plone 6 made Volto the default editing UI: the classic edit form's `input#form-buttons-save` became the toolbar's icon button `button#toolbar-save`, so the XPath finds nothing.
  {
    id: 'd29-xpath-plone-6-volto-save',
    kind: 'xpath',
    ...both((v) =>
      v(
        `<h1>Edit Page</h1><form id="form" action="#" onsubmit="return false"><label for="form-widgets-IDublinCore-title">Title</label><input type="text" id="form-widgets-IDublinCore-title" name="form.widgets.IDublinCore.title" value="Harbour opening hours"><label for="form-widgets-IDublinCore-description">Summary</label><textarea id="form-widgets-IDublinCore-description" name="form.widgets.IDublinCore.description">Summer and winter times.</textarea><div class="formControls"><input type="submit" id="form-buttons-save" name="form.buttons.save" class="submit-widget button-field context" value="Save" ${DONE}><input type="submit" id="form-buttons-cancel" name="form.buttons.cancel" class="submit-widget button-field standalone" value="Cancel" ${WRITES('cancel')}></div></form><form id="searchGadget_form" action="#" onsubmit="return false"><input type="submit" class="searchButton" value="Search" ${WRITES('search')}></form>${OUT}`,
        `<div id="toolbar" class="toolbar"><div class="toolbar-actions"><button type="button" id="toolbar-save" class="save" aria-label="Save" title="Save" ${DONE}>${SVG}</button><button type="button" id="toolbar-cancel" class="cancel" aria-label="Cancel" title="Cancel" ${WRITES('cancel')}>${SVG}</button></div></div><main><form class="ui form" action="#" onsubmit="return false"><h1 class="documentFirstHeading" contenteditable="true">Harbour opening hours</h1><p class="documentDescription" contenteditable="true">Summer and winter times.</p><div class="block-editor"><button type="button" class="ui basic button" title="Save as template" ${WRITES('template')}>Save as template</button></div></form></main>${OUT}`,
      ),
    ),
    body: `await page.locator('//form[@id="form"]//input[@id="form-buttons-save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#toolbar-save',
  },
  // Request Tracker 5 moved its web UI to Bootstrap: the ticket-create form's `input.button` gained `btn btn-primary form-control`, so the XPath on `@class="button"` finds nothing.
  {
    id: 'd29-xpath-request-tracker-5-create',
    kind: 'xpath',
    ...both((v) => {
      const cls = v('button', 'button btn btn-primary form-control');
      return `<h1>Create a new ticket in Harbour Office</h1><form name="TicketCreate" action="#" onsubmit="return false"><label for="Subject">Subject</label><input type="text" id="Subject" name="Subject" value="Pontoon C light out"><label for="Requestors">Requestors</label><input type="text" id="Requestors" name="Requestors" value="berths@harbour.example"><textarea name="Content">The light at the end of pontoon C has been out since Tuesday.</textarea><input type="submit" name="AddMoreAttach" value="Add More Files" class="${v('button', 'btn btn-secondary')}" ${WRITES('attach')}><div class="submit"><div class="buttons"><input type="submit" name="SubmitTicket" value="Create" class="${cls}" ${DONE}></div></div></form><form name="QuickCreate" action="#" onsubmit="return false"><input type="text" name="Subject" placeholder="Quick ticket"><input type="submit" value="Create" class="${v('button', 'btn btn-primary')}" ${WRITES('quick')}></form>${OUT}`;
    }),
    body: `await page.locator('//form[@name="TicketCreate"]//input[@class="button" and @value="Create"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'input[name="SubmitTicket"]',
  },
];

const copyHeals: Drift[] = [
  // Code Climate spun its code-quality product out as Qlty: the engineering dashboard's repository search names it anew.
  {
    id: 'd29-placeholder-code-climate-to-qlty',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Code quality</h1><section class="quality"><h2>${v('Code Climate', 'Qlty')}</h2><input type="search" name="quality-q" placeholder="${v('Search Code Climate repositories', 'Search Qlty repositories')}"></section><section><h2>Codacy</h2><input type="search" name="codacy-q" placeholder="Search Codacy repositories"></section><section><h2>DeepSource</h2><input type="search" name="ds-q" placeholder="Search DeepSource repositories"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Code Climate repositories').fill('tide-api');\n  await expect(page.locator('input[name="quality-q"]')).toHaveValue('tide-api');`,
    expect: 'heal',
    target: 'input[name="quality-q"]',
  },
  // 1&1 renamed its hosting business IONOS (2018): the control panel's logo alt text is the new name (exact: true).
  {
    id: 'd29-alt-1-and-1-to-ionos',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img class="logo" src="${GIF}" alt="${v('1&amp;1', 'IONOS')}" width="96" height="28"></a></header><main><h1>Domains &amp; SSL</h1><p>harbour-cafe.example · renews 3 Sep</p><img class="badge" src="${GIF}" alt="${v('1&amp;1 SSL Starter', 'IONOS SSL Starter')}" width="24" height="24"><img class="transfer" src="${GIF}" alt="Moved from Strato" width="24" height="24"></main>`,
    ),
    body: `await expect(page.getByAltText('1&1', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // Grofers renamed itself Blinkit (December 2021): the recipe page names the quick-delivery button anew; the test names the button twice.
  {
    id: 'd29-button-grofers-to-blinkit-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Paneer butter masala</h1><p>Serves 4 · 40 min</p><div class="order-ingredients"><button type="button" class="order-bigbasket" ${WRITES('bigbasket')}>Order on BigBasket</button><button type="button" class="order-quick" ${DONE}>${v('Order on Grofers', 'Order on Blinkit')}</button><button type="button" class="order-zepto" ${WRITES('zepto')}>Order on Zepto</button></div></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Order on Grofers' })).toBeVisible();\n  await page.getByRole('button', { name: 'Order on Grofers' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.order-quick',
  },
  // Microsoft renamed Form Recognizer "Document Intelligence" (2023): a resource page's "open in" icon's tooltip names its studio anew (a regular-expression title).
  {
    id: 'd29-title-form-recognizer-to-document-intelligence',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>harbour-invoices</h1><p>UK South · Standard S0</p><div class="open-in">${icon('open-language', 'Open in Language Studio', WRITES('language'))}${icon('open-docai', v('Open in Form Recognizer Studio', 'Open in Document Intelligence Studio'), DONE)}${icon('open-speech', 'Open in Speech Studio', WRITES('speech'))}</div><a href="#/pricing" class="pricing" title="${v('Form Recognizer pricing', 'Document Intelligence pricing')}" ${WRITES('pricing')}>Pricing</a></main>${OUT}`;
    }),
    body: `await page.getByTitle(/open in form recognizer studio/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.open-docai',
  },
  // Microsoft renamed Azure Stack HCI "Azure Local" (2024): the hybrid-infrastructure overview's heading names it anew (exact: true).
  {
    id: 'd29-heading-azure-stack-hci-to-azure-local',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Hybrid infrastructure</h1><section><h2>Azure Stack Hub</h2><p>1 integrated system</p></section><section><h2 class="hci">${v('Azure Stack HCI', 'Azure Local')}</h2><p>3 clusters · 14 machines</p></section><section><h2>Azure Stack Edge</h2><p>2 devices</p></section><p class="note">${v('Azure Stack HCI', 'Azure Local')} billing is per physical core</p></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Azure Stack HCI', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.hci',
  },
  // ServiceNow renamed Lightstep "Cloud Observability" (2023): the incident tool's tracing sidebar link names it anew (a regular-expression link name).
  {
    id: 'd29-link-lightstep-to-cloud-observability',
    kind: 'renamed text',
    ...both((v) => {
      const nav = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="apm-${cls}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Tracing"><ul>${nav('datadog', 'Datadog', WRITES('datadog'))}${nav('tracing', v('Lightstep', 'Cloud Observability'), DONE)}${nav('honeycomb', 'Honeycomb', WRITES('honeycomb'))}</ul></nav><main><h1>Incident 2291: checkout latency</h1><p>Opened 12 minutes ago</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^lightstep$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.apm-tracing',
  },
  // SentinelOne renamed Scalyr "DataSet" (2022): the log shipper's settings label the key field anew.
  {
    id: 'd29-label-scalyr-to-dataset',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Log destinations</h1><form><label for="key-sumo">Sumo Logic access key</label><input id="key-sumo" name="sumo"><label for="key-logs">${v('Scalyr API key', 'DataSet API key')}</label><input id="key-logs" name="logs"><label for="key-betterstack">Better Stack source token</label><input id="key-betterstack" name="betterstack"><button type="button">Save destinations</button></form></main>`,
    ),
    body: `await page.getByLabel('Scalyr API key').fill('0mWz_write_8841');\n  await expect(page.locator('#key-logs')).toHaveValue('0mWz_write_8841');`,
    expect: 'heal',
    target: '#key-logs',
  },
  // The Royal Bank of Scotland Group renamed itself NatWest Group (2020): the bank's footer names the group anew; the Royal Bank of Scotland brand stays.
  {
    id: 'd29-text-rbs-to-natwest-group',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Savings accounts</h1><p>Instant access from 3.10% AER</p></main><footer><p class="brand">Royal Bank of Scotland plc. Registered in Scotland No. SC083026.</p><p class="group">${v('Part of the RBS Group', 'Part of the NatWest Group')}</p><p class="markets">Corporate and institutional banking by NatWest Markets</p></footer>`,
    ),
    body: `await expect(page.getByText('Part of the RBS Group')).toBeVisible();`,
    expect: 'heal',
    target: 'p.group',
  },
];

const chainHeals: Drift[] = [
  // Autodesk dropped the "360" from Fusion 360 (2023): the licence portal's products nav names it anew (the chain's last step drifts).
  {
    id: 'd29-chain-fusion-360-to-autodesk-fusion',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="prod-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Products"><ul>${item('autocad', 'AutoCAD', WRITES('autocad'))}${item('fusion', v('Fusion 360', 'Fusion'), DONE)}${item('inventor', 'Inventor', WRITES('inventor'))}</ul></nav></header><main><h1>Harbour Design Ltd · 6 seats</h1><a href="#/extensions" ${WRITES('extensions')}>Learn about ${v('Fusion 360', 'Fusion')} extensions</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Products' })\n    .getByRole('link', { name: 'Fusion 360' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.prod-fusion',
  },
  // Ouibus became BlaBlaBus (2019): the journey planner's coach operators list names it anew (page object, the chain's last step drifts).
  {
    id: 'd29-chain-po-ouibus-to-blablabus',
    kind: 'multi-line chain',
    ...both((v) => {
      const op = (cls: string, name: string, extra: string) => `<li><a href="#/${cls}" class="op-${cls}" ${extra}>${name}</a></li>`;
      return `<main><h1>London to Paris</h1><section aria-label="Coach operators" class="coaches"><h2>Coach operators</h2><ul>${op('national-express', 'National Express', WRITES('national-express'))}${op('blabla', v('Ouibus', 'BlaBlaBus'), DONE)}${op('megabus', 'Megabus', WRITES('megabus'))}</ul></section><section aria-label="Car hire"><h2>Car hire</h2><ul>${op('europcar', 'Europcar', WRITES('europcar'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { JourneyPage } from './journey-page';`,
    files: {
      'journey-page.ts': `import type { Page } from '@playwright/test';

export class JourneyPage {
  constructor(readonly page: Page) {}

  async chooseCoach() {
    await this.page
      .getByRole('region', { name: 'Coach operators' })
      .getByRole('link', { name: 'Ouibus' })
      .click();
  }

  async chooseCarHire() {
    await this.page
      .getByRole('region', { name: 'Car hire' })
      .getByRole('link', { name: 'Europcar' })
      .click();
  }
}
`,
    },
    body: `await new JourneyPage(page).chooseCoach();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.coaches a.op-blabla',
  },
];

const refuseRemoved: Drift[] = [
  // GitHub shut LGTM.com (December 2022): the repository's code-analysis apps lost it; Codecov and SonarCloud stay.
  {
    id: 'd29-refuse-lgtm-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="install-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>harbour/tide-api</h1><h2>Code analysis</h2><div class="analysis-apps">${b('codecov', 'Install Codecov', WRITES('codecov'))}${v(b('lgtm', 'Install LGTM', DONE), '')}${b('sonarcloud', 'Install SonarCloud', WRITES('sonarcloud'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Install LGTM' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Cloud IoT Core (August 2023): the device platform's broker choices lost it; AWS IoT Core and Azure IoT Hub stay.
  {
    id: 'd29-refuse-google-cloud-iot-core-shut',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="radio" name="broker" value="${value}"> ${label}</label>`;
      return `<main><h1>Connect the tide gauges</h1><fieldset><legend>Cloud broker</legend>${opt('aws-iot', 'AWS IoT Core')}${v(opt('gcp-iot', 'Google Cloud IoT Core'), '')}${opt('azure-iot', 'Azure IoT Hub')}</fieldset><label for="fleet">Fleet name</label><input id="fleet" value="harbour-gauges"><button type="button">Connect</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Google Cloud IoT Core' }).check();\n  await expect(page.locator('input[value="gcp-iot"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Oracle shut Wercker (October 2022): the project's "Build on" links lost it; Semaphore and Buildkite stay.
  {
    id: 'd29-refuse-wercker-shut',
    kind: 'refuse',
    ...both((v) => {
      const l = (label: string, extra: string) => `<li><a href="#/${label.toLowerCase()}" ${extra}>Build on ${label}</a></li>`;
      return `<main><article><h1>tidepool</h1><p>A small library for harmonic tide prediction.</p></article><aside><h2>Continuous integration</h2><ul>${l('Semaphore', WRITES('semaphore'))}${v(l('Wercker', DONE), '')}${l('Buildkite', WRITES('buildkite'))}</ul></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Build on Wercker' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Epic Games shut Houseparty (October 2021): the party-planning app's call buttons lost it; Zoom and FaceTime stay.
  {
    id: 'd29-refuse-houseparty-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="call-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Quiz night, Friday 8 pm</h1><p>Pick how your team joins the call</p><div class="call-options">${b('zoom', 'Call on Zoom', WRITES('zoom'))}${v(b('houseparty', 'Call on Houseparty', DONE), '')}${b('facetime', 'Call on FaceTime', WRITES('facetime'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Call on Houseparty' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // StackPath shut MaxCDN (December 2022): the caching plugin's CDN tabs lost it; BunnyCDN and KeyCDN stay.
  {
    id: 'd29-refuse-maxcdn-shut',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<main><h1>Cache settings</h1><h2>CDN</h2><div role="tablist" aria-label="CDN provider">${tab('BunnyCDN', WRITES('bunny'), true)}${v(tab('MaxCDN', DONE), '')}${tab('KeyCDN', WRITES('keycdn'))}</div><label for="pull-zone">Pull zone URL</label><input id="pull-zone" value="harbour.b-cdn.example"></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'MaxCDN' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The file is already locked by the account (fixture change): Seafile shows "Unlock" where "Lock" was (exact: true).
  {
    id: 'd29-refuse-seafile-lock-now-unlock',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>harbour-docs / Berth plans</h1><table><tr><th>Name</th><th>Size</th><th>Last update</th><th></th></tr><tr class="file"><td>pontoon-c-2026.pdf ${v('', '<span class="lock-status">Locked by you</span>')}</td><td>2.4 MB</td><td>3 days ago</td><td><button type="button" ${WRITES('share')}>Share</button><button type="button" class="lock-toggle" ${v(DONE, WRITES('unlock'))}>${v('Lock', 'Unlock')}</button><button type="button" ${WRITES('history')}>History</button></td></tr></table></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Lock', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The member already booked the class (fixture change): PureGym's class card shows "Cancel" where "Book" was.
  {
    id: 'd29-refuse-puregym-book-now-cancel',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Classes at Leeds Central</h1><div class="class-card"><h2>Spin</h2><p>Tue 18:00 · 45 min · ${v('6 spaces left', 'You are booked in')}</p><button type="button" ${WRITES('details')}>Class details</button><button type="button" class="class-action" ${v(DONE, WRITES('cancel'))}>${v('Book', 'Cancel')}</button><button type="button" ${WRITES('calendar')}>Add to calendar</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Book' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The server is already running (fixture change): Hetzner's power panel shows "Power off" where "Power on" was.
  {
    id: 'd29-refuse-hetzner-power-on-now-off',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>harbour-web-1</h1><p>CX22 · Falkenstein · ${v('Off', 'Running')}</p><section class="power"><h2>Power</h2><button type="button" class="power-toggle" ${v(DONE, WRITES('off'))}>${v('Power on', 'Power off')}</button><button type="button" ${WRITES('reset')}>Reset</button><button type="button" ${WRITES('rescue')}>Enable rescue</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Power on' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // An agent closed the ticket (fixture change): Zammad's ticket header shows another state.
  {
    id: 'd29-refuse-zammad-ticket-open-now-closed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>#31042 Visitor mooring invoice wrong</h1><dl><dt>State</dt><dd class="ticket-state">${v('open', 'closed')}</dd><dt>Priority</dt><dd>2 normal</dd><dt>Owner</dt><dd>Priya Shah</dd></dl><button type="button">Reply</button><button type="button">Merge</button></main>`,
    ),
    body: `await expect(page.getByText('open', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The array was stopped for a disk swap (fixture change): Unraid's main page shows another state.
  {
    id: 'd29-refuse-unraid-array-started-now-stopped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Main</h1><section class="array-operation"><h2>Array Operation</h2><p class="array-state">${v('Array Started', 'Array Stopped')}</p><p>${v('4 disks · 18.2 TB free', 'Stopped: configuration valid')}</p><button type="button">${v('Stop', 'Start')}</button><button type="button">Spin down</button></section></main>`,
    ),
    body: `await expect(page.getByText('Array Started')).toBeVisible();`,
    expect: 'refuse',
  },
  // The kettle's price went up (fixture change): Argos's product page shows another price.
  {
    id: 'd29-refuse-argos-price-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Russell Hobbs Honeycomb 1.7L Kettle</h1><p class="price">${v('£29.99', '£34.99')}</p><p>Catalogue number 812/4471</p><button type="button">Add to trolley</button><p>Fast Track delivery today</p></main>`,
    ),
    body: `await expect(page.getByText('£29.99')).toBeVisible();`,
    expect: 'refuse',
  },
  // More donations since (fixture change): the Chuffed campaign page shows another amount.
  {
    id: 'd29-refuse-chuffed-raised-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Rebuild the Port Fairy surf club ramp</h1><p class="raised">${v('$8,420 raised', '$9,115 raised')}</p><p>of $15,000 goal · 97 supporters</p><button type="button">Donate</button><button type="button">Share</button></main>`,
    ),
    body: `await expect(page.getByText('$8,420 raised')).toBeVisible();`,
    expect: 'refuse',
  },
  // The promoter moved the gig a week (fixture change): the See Tickets event page shows another date.
  {
    id: 'd29-refuse-see-tickets-event-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>The Longshore Drifters</h1><p class="date">${v('Fri 15 May 2026', 'Fri 22 May 2026')}</p><p>The Wardrobe, Leeds · doors 19:30</p><p>Tickets £14.30</p><button type="button">Buy tickets</button></main>`,
    ),
    body: `await expect(page.getByText('Fri 15 May 2026')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // Another day (fixture change): Merriam-Webster's "Word of the Day" slot shows another word.
  {
    id: 'd29-refuse-merriam-webster-different-word-of-the-day',
    kind: 'refuse',
    ...both((v) => {
      const word = (w: string, pos: string, extra: string) => `<section class="word-of-the-day"><h2>Word of the Day</h2><h3>${w}</h3><p>${pos}</p><a href="#/dictionary/today" ${extra}>See the entry for ${w}</a></section>`;
      return `<main><h1>Merriam-Webster</h1>${v(word('petrichor', 'noun · a distinctive earthy smell after rain', DONE), word('gallimaufry', 'noun · a hodgepodge', WRITES('gallimaufry')))}<section><h2>Trending now</h2><a href="#/dictionary/trending" ${WRITES('trending')}>See the entry for halcyon</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'See the entry for petrichor' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another show was added sooner (fixture change): Bandsintown's "Your next show" slot shows another record.
  {
    id: 'd29-refuse-bandsintown-different-next-show',
    kind: 'refuse',
    ...both((v) => {
      const show = (artist: string, meta: string, extra: string) => `<li class="show"><a href="#/a/${artist.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${artist}</a><span>${meta}</span></li>`;
      return `<main><h1>Your shows</h1><h2>Your next show</h2><ul>${v(show('Black Country, New Road', 'Sat 9 May · Brudenell Social Club', DONE), show('Wet Leg', 'Thu 30 Apr · O2 Academy Leeds', WRITES('wet-leg')))}</ul><h2>Recommended</h2><ul>${show('Porridge Radio', 'Sun 17 May · Belgrave Music Hall', WRITES('porridge-radio'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Black Country, New Road' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Descript's editor toolbar moved "Export" into the closed "Publish" menu.
  {
    id: 'd29-refuse-descript-export-behind-menu',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${label}</button>`;
      const exp = v(
        b('Export', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="Publish" ${WRITES('publish')}>Publish ▾</button><div role="menu" aria-label="Publish" hidden><button type="button" role="menuitem" ${WRITES('export-hidden')}>Export</button><button type="button" role="menuitem" ${WRITES('web-hidden')}>Publish to web</button><button type="button" role="menuitem" ${WRITES('youtube-hidden')}>Publish to YouTube</button></div>`,
      );
      return `<main><div class="editor-toolbar" role="toolbar" aria-label="Editor">${b('Record', WRITES('record'))}${b('Transcribe', WRITES('transcribe'))}${exp}${b('Share', WRITES('share'))}</div><h1>Harbour podcast, episode 12</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Export' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Cognito Forms' form settings moved the redirect URL field into a collapsed "Submission settings" section.
  {
    id: 'd29-refuse-cognito-forms-redirect-behind-section',
    kind: 'refuse',
    ...both((v) => {
      const redirect = '<label for="redirect-url">Redirect URL</label><input id="redirect-url" name="redirect">';
      return `<main><h1>Form settings</h1><form><label for="form-title">Form title</label><input id="form-title" name="title" value="Mooring request"><label for="notify-email">Notification email</label><input id="notify-email" name="notify" value="moorings@harbour.example">${v(redirect, `<details class="submission-settings"><summary>Submission settings</summary><label for="confirm-text">Confirmation message</label><input id="confirm-text" name="confirm">${redirect}</details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Redirect URL').fill('https://harbour.example/thanks');\n  await expect(page.locator('#redirect-url')).toHaveValue('https://harbour.example/thanks');`,
    expect: 'refuse',
  },
  // The job's application form no longer asks for the required driving licence number (fixture change).
  {
    id: 'd29-refuse-recruitee-licence-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour Shuttle Driver</h1><form><label for="name">Full name</label><input id="name" name="name" required><label for="email">Email</label><input id="email" name="email" type="email" required><label for="phone">Phone number</label><input id="phone" name="phone">${v('<label for="licence">Driving licence number</label><input id="licence" name="licence" required>', '')}<label for="cv">CV</label><input id="cv" name="cv" type="file"><button type="button">Apply now</button></form></main>`,
    ),
    body: `await page.getByLabel('Driving licence number').fill('BROOK805122AB9CD');\n  await expect(page.locator('input[name="licence"]')).toHaveValue('BROOK805122AB9CD');`,
    expect: 'refuse',
  },
  // The preselected colour sold out (fixture change): Wayfair's "Add to basket" now opens the options sheet instead of adding.
  {
    id: 'd29-refuse-wayfair-add-to-basket-now-options',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Hartwell 3-seater sofa</h1><p>£649.99 · ${v('Colour: Sage green', 'Sage green is out of stock, choose another colour')}</p><div class="product-actions"><button type="button" ${WRITES('favourite')}>Save to favourites</button><button type="button" class="add-to-basket" ${v(DONE, WRITES('options'))}>Add to basket</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to basket' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The app stopped showing its referral banner: `.referral-banner__close` finds nothing; the only close buttons left belong to the maintenance notice and the onboarding checklist.
  {
    id: 'd29-refuse-referral-banner-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="referral-banner referral-banner--gift" role="region" aria-label="Referral"><p class="referral-banner__text">Give a friend a month free</p><a href="#/invite" class="referral-banner__link" ${WRITES('invite')}>Invite friends</a><button type="button" class="referral-banner__close" aria-label="Close" ${DONE}>×</button></div>`, '')}<header><a href="#/">Moorline</a></header><main><h1>Bookings</h1><div class="maintenance-notice"><p class="maintenance-notice__text">Payments are down for maintenance on Sunday 02:00-03:00</p><button type="button" class="maintenance-notice__close" aria-label="Close" ${WRITES('maintenance')}>×</button></div></main><div class="onboarding-checklist"><p class="onboarding-checklist__text">2 of 5 setup steps done</p><button type="button" class="onboarding-checklist__close" aria-label="Close" ${WRITES('checklist')}>×</button></div>${OUT}`,
    ),
    body: `await page.locator('.referral-banner__close').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_29_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
