// Thirtieth development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a bike shop's
// Next.js CSS-modules class hashes changed by a new build, named twice in one test; Bootstrap 5 renaming
// `text-monospace` to `font-monospace` in a council tax portal's own upgrade; a BEM modifier renamed by a houseplant
// shop's own stylesheet refactor, counted with toHaveCount), id renames (a car-hire site's own rebuild, and an MOT
// booking app whose selectors are kept in a constants file), test-attribute renames (`data-testid` named twice in
// one test, `data-test` and `data-qa`, all renamed by the apps' own rebuilds), XPath locators (Dolibarr's save
// button gaining a `button-save` class, Koha's staff interface moving its form buttons to Bootstrap classes), copy
// edits on placeholder, alt (exact: true), button (the same old name twice in one test), title (regular-expression
// name), heading (exact: true), link (regular expression), label and text locators, and two Prettier-style
// multi-line chains (one in a page object) whose last step names a renamed product; and 20 must-refuse: services
// shut while look-alikes stay (Google Fusion Tables, AWS Cloud9, Azure Media Services, Facebook Analytics, Insteon),
// opposite actions (Star -> Unstar (exact), Arm Away -> Disarm, Start charging -> Stop charging), state changes (a
// form no longer accepting responses, a property deactivated), a price, an amount and a date changed, a different
// record in the same slot (twice), an entry moved behind a closed menu and a field behind a collapsed section, a
// required field dropped, a button that now opens something else, and a component removed where the only remaining
// elements with a similar class are other components. Pages carry decoys that share words, classes or attributes
// with the target. Heal cases name the `target` the drifted locator must now find; refuse cases have none. Each case
// is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d30-css-evans-cycles-nextjs-css-modules-hash-twice: Next.js builds CSS-modules class names as `[name]_[local]__[hash]` (`ProductHero_addToBasket__<hash>`); the bike shop's next build (a dependency upgrade) changed every hash; the test names the class twice.
// d30-css-council-tax-bootstrap-5-font-monospace: Bootstrap 5 (May 2021) renamed `text-monospace` to `font-monospace` (and `text-left` -> `text-start`, `float-right` -> `float-end`); a council tax portal moved over in its own upgrade.
// d30-css-houseplant-shop-bem-pet-label-count: the houseplant shop's own stylesheet refactor renamed a BEM modifier (`plant-card__label--pet-safe` -> `plant-card__label--pet-friendly`); the label text stays; the values are this page's.
// d30-id-enterprise-rent-a-car-pickup: the car-hire site's own rebuild renamed its pick-up location input's id (`#pickupLocation` -> `#pickup-location-input`); the values are this page's.
// d30-po-halfords-mot-vehicle-reg-id: the MOT booking app's own rebuild renamed the registration input's id (`#vehicleReg` -> `#vrm-input`); the selectors live in a constants file; the values are this page's.
// d30-testid-waitrose-book-slot-twice: the grocer's own rebuild renamed its `data-testid` hooks (`book-slot-button` -> `delivery-slot-book`); the test names the hook twice; the values are this page's.
// d30-testid-personio-submit-absence: the HR app's own rebuild renamed its `data-test` hooks (`submit-absence` -> `absence-request-submit`); the values are this page's.
// d30-testid-toolstation-add-to-trolley: the builders' merchant's own rebuild renamed its `data-qa` hooks (`add-to-trolley` -> `product-add-to-trolley`); the values are this page's.
// d30-xpath-dolibarr-button-save: Dolibarr's later releases gave the form buttons their own classes (`button` -> `button button-save` / `button button-cancel`), so an XPath on `@class="button"` finds nothing.
// d30-xpath-koha-staff-bootstrap-save: Koha's staff interface moved to Bootstrap buttons: the patron form's `input.submit` became `input.btn.btn-primary`, so an XPath on `@class="submit"` finds nothing.
// d30-placeholder-clydesdale-bank-to-virgin-money: CYBG moved Clydesdale Bank and Yorkshire Bank to the Virgin Money brand (2021).
// d30-alt-mi-fit-to-zepp-life: Huami renamed the Mi Fit app "Zepp Life" (2021); Amazfit's separate Zepp app stays (exact: true).
// d30-button-echo-to-lloydsdirect-twice: LloydsPharmacy's online repeat-prescription service Echo became LloydsDirect (2021); the test names the button twice.
// d30-title-forms-pro-to-customer-voice: Microsoft renamed Forms Pro "Dynamics 365 Customer Voice" (2020) (a regular-expression title); Microsoft Forms stays.
// d30-heading-watson-assistant-to-watsonx-assistant: IBM renamed Watson Assistant "watsonx Assistant" (2023) (exact: true); Watson Discovery keeps its name.
// d30-link-npower-to-eon-next: E.ON moved npower's retail customers to E.ON Next (2021-2022) (a regular-expression link name); E.ON stays.
// d30-label-compute-at-edge-to-fastly-compute: Fastly renamed Compute@Edge "Fastly Compute" (2023).
// d30-text-nutmeg-to-jp-morgan-personal-investing: J.P. Morgan renamed Nutmeg "J.P. Morgan Personal Investing" (2024).
// d30-chain-kentico-kontent-to-kontent-ai: Kentico Kontent became Kontent.ai (2022); Kentico Xperience stays (the chain's last step drifts).
// d30-chain-po-cloudwatch-events-to-eventbridge: AWS launched Amazon EventBridge on CloudWatch Events (2019) and the console names it EventBridge (page object, the chain's last step drifts); CloudWatch Logs stays.
// d30-refuse-google-fusion-tables-shut: Google shut Fusion Tables (December 2019); a data newsroom tool's export targets lost it; Datawrapper and Flourish stay.
// d30-refuse-aws-cloud9-closed: AWS closed Cloud9 to new customers (July 2024); a tutorial's "Open in" links lost it; GitHub Codespaces and Gitpod stay.
// d30-refuse-azure-media-services-retired: Microsoft retired Azure Media Services (June 2024); a video platform's streaming back ends lost it; Mux and Cloudflare Stream stay.
// d30-refuse-facebook-analytics-shut: Meta shut Facebook Analytics (June 2021); a site builder's analytics tabs lost it; Google Analytics and Plausible stay.
// d30-refuse-insteon-shut: Insteon shut its servers (April 2022); a smart-home hub's integrations lost it; Philips Hue and Lutron Caséta stay.
// d30-refuse-forgejo-star-now-unstar: fixture change (the account already starred the repository): "Unstar" is the opposite action (exact: true).
// d30-refuse-ring-alarm-arm-away-now-disarm: fixture change (the system is already armed away): "Disarm" is the opposite action.
// d30-refuse-pod-point-start-now-stop-charging: fixture change (the car is already charging): "Stop charging" is the opposite action.
// d30-refuse-google-forms-accepting-now-closed: fixture change (the owner stopped the form accepting responses): another state (exact: true).
// d30-refuse-akamai-property-active-now-deactivated: fixture change (the property version was deactivated on production): another state.
// d30-refuse-screwfix-price-changed: fixture change (the drill's price went up): another price.
// d30-refuse-crowdcube-invested-changed: fixture change (more investment since): another amount.
// d30-refuse-wegottickets-event-moved: fixture change (the promoter moved the gig a week): another date.
// d30-refuse-bbc-sounds-different-continue-listening: fixture change (another episode was played since; the test's episode is no longer first in "Continue listening").
// d30-refuse-chess-com-different-daily-puzzle: fixture change (another day, another puzzle in the "Daily Puzzle" slot).
// d30-refuse-surveymonkey-export-behind-menu: SurveyMonkey's results toolbar moved "Export results" into the closed "Save as" menu.
// d30-refuse-wufoo-redirect-behind-section: Wufoo's form settings moved the redirect URL field into a collapsed "Confirmation options" section.
// d30-refuse-bamboohr-share-code-dropped: fixture change (the job's application form no longer asks for the required right-to-work share code).
// d30-refuse-justpark-pay-now-opens-add-card: fixture change (the saved card expired): "Pay now" now opens the add-card form instead of paying.
// d30-refuse-trial-countdown-removed: the app stopped showing its trial countdown; the only `__upgrade` buttons left belong to the storage meter and the seat-limit notice.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d30-css-evans-cycles-nextjs-css-modules-hash-twice (the class
// names and the hash's shape are this page's), d30-css-council-tax-bootstrap-5-font-monospace (the portal and its
// markup are this page's), d30-xpath-dolibarr-button-save (the release that added the classes, and the exact markup),
// d30-xpath-koha-staff-bootstrap-save (the release and the exact classes before and after),
// d30-placeholder-clydesdale-bank-to-virgin-money (the placeholder's wording), d30-alt-mi-fit-to-zepp-life (the
// month), d30-button-echo-to-lloydsdirect-twice (the year and the button's wording),
// d30-title-forms-pro-to-customer-voice (the month and the title's wording), d30-link-npower-to-eon-next (how a
// supplier list would name it), d30-label-compute-at-edge-to-fastly-compute (the year and the label's wording),
// d30-text-nutmeg-to-jp-morgan-personal-investing (the month and the wording), d30-chain-po-cloudwatch-events-to-
// eventbridge (how the console's navigation named it), d30-refuse-aws-cloud9-closed (a close to new customers, not a
// shutdown), d30-refuse-insteon-shut (the month), d30-refuse-surveymonkey-export-behind-menu and
// d30-refuse-wufoo-redirect-behind-section (whether and when the layouts changed, and the menu's and section's
// labels), d30-refuse-trial-countdown-removed (the class names are this page's), and the fixture changes' labels
// (Forgejo, Ring Alarm, Pod Point, Google Forms, Akamai, Screwfix, Crowdcube, WeGotTickets, BBC Sounds, Chess.com,
// BambooHR, JustPark).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: TSB, Post Office, Mi Home, Zepp, Pharmacy2U, Boots, Microsoft Forms, Power BI, Watson Discovery, Watson
// Speech to Text, E.ON, British Gas, EDF, Moneybox, Kentico Xperience, Contentful, CloudWatch Logs, Amazon SNS,
// Datawrapper, Flourish, GitHub Codespaces, Gitpod, Mux, Cloudflare Stream, Google Analytics, Plausible, Philips Hue,
// Lutron Caséta (some of these appear in earlier sets, and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // Next.js's CSS-modules class names carry a content hash: the bike shop's next build changed every hash; the test names the add-to-basket button's class twice.
  {
    id: 'd30-css-evans-cycles-nextjs-css-modules-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (mod: string, local: string, o: string, n: string) => `${mod}_${local}__${v(o, n)}`;
      return `<main class="${c('ProductHero', 'hero', 'Lp4Xw', 'Ve9Jk')}"><h1 class="${c('ProductHero', 'title', 'Qa2Rt', 'Hn6Dc')}">Ribble CGR AL e gravel bike</h1><p class="${c('ProductHero', 'price', 'Zk8Ms', 'Yf3Pu')}">£1,899.00</p><div class="${c('ProductHero', 'sizes', 'Bw5Ne', 'Tr1Gx')}"><button type="button" class="${c('ProductHero', 'sizeButton', 'Cx7Oh', 'Ju4Wl')}" ${WRITES('size-m')}>M</button><button type="button" class="${c('ProductHero', 'sizeButton', 'Cx7Oh', 'Ju4Wl')}" ${WRITES('size-l')}>L</button></div><button type="button" class="${c('ProductHero', 'addToBasket', 'Qm3xT', 'Ws8bN')}" ${DONE}>Add to basket</button><button type="button" class="${c('ProductHero', 'addToWishlist', 'Ea6Yv', 'Ko2Ri')}" ${WRITES('wishlist')}>Save for later</button></main><aside class="${c('Accessories', 'panel', 'Gd9Su', 'Mi5Lq')}"><h2>Ride-ready extras</h2><button type="button" class="${c('Accessories', 'addToBasket', 'Pn1Cz', 'Xb7Ft')}" ${WRITES('lights')}>Add lights to basket</button></aside>${OUT}`;
    }),
    body: `await expect(page.locator('.ProductHero_addToBasket__Qm3xT')).toBeEnabled();\n  await page.locator('.ProductHero_addToBasket__Qm3xT').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="ProductHero_addToBasket__"]',
  },
  // Bootstrap 5 renamed `text-monospace` to `font-monospace`: the council tax portal's account reference lost the class it was found by.
  {
    id: 'd30-css-council-tax-bootstrap-5-font-monospace',
    kind: 'css class',
    ...both(
      (v) => `<main class="container"><h1 class="${v('text-left', 'text-start')}">Your council tax</h1><p class="text-muted">14 Harbour Row, Whitby</p><dl class="row"><dt class="col-6">Account reference</dt><dd class="col-6 ${v('text-monospace', 'font-monospace')}">CT-4471-0923</dd><dt class="col-6">Band</dt><dd class="col-6">C</dd><dt class="col-6">Next instalment</dt><dd class="col-6 ${v('font-weight-bold', 'fw-bold')}">£162.00 on 1 June</dd></dl><p class="small">Quote your reference when you call: <code>CT-4471-0923</code></p><button type="button" class="btn btn-outline-primary ${v('float-right', 'float-end')}">Set up a Direct Debit</button></main>`,
    ),
    body: `await expect(page.locator('.text-monospace')).toHaveText('CT-4471-0923');`,
    expect: 'heal',
    target: '.font-monospace',
  },
  // The houseplant shop's own stylesheet refactor renamed a BEM modifier: `plant-card__label--pet-safe` -> `plant-card__label--pet-friendly` (the values are this page's).
  {
    id: 'd30-css-houseplant-shop-bem-pet-label-count',
    kind: 'css class',
    ...both((v) => {
      const card = (name: string, price: string, label: string) => {
        const mod = label === 'pet-safe' ? v('pet-safe', 'pet-friendly') : label;
        const text: Record<string, string> = { 'pet-safe': 'Pet-safe', easy: 'Easy care', big: 'Big plant' };
        return `<li class="plant-card">${label ? `<span class="plant-card__label plant-card__label--${mod}">${text[label]}</span>` : ''}<h2 class="plant-card__name">${name}</h2><p class="plant-card__price">${price}</p></li>`;
      };
      return `<main><h1>Indoor plants</h1><p>6 plants</p><ul class="plants">${card('Calathea orbifolia', '£35', 'pet-safe')}${card('Monstera deliciosa', '£45', 'big')}${card('Parlour palm', '£28', 'pet-safe')}${card('Snake plant', '£30', 'easy')}${card('Boston fern', '£22', 'pet-safe')}${card('Fiddle-leaf fig', '£60', '')}</ul><aside><h2>Plant care</h2><span class="care-card__label care-card__label--pet-safe">Pet-safe plant feed</span></aside></main>`;
    }),
    body: `await expect(page.locator('.plant-card__label--pet-safe')).toHaveCount(3);`,
    expect: 'heal',
    target: '.plant-card__label--pet-friendly',
  },
];

const idHeals: Drift[] = [
  // The car-hire site's own rebuild renamed its pick-up location input's id: `#pickupLocation` -> `#pickup-location-input` (the values are this page's).
  {
    id: 'd30-id-enterprise-rent-a-car-pickup',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Rent a car</h1><form class="reservation"><label for="${v('pickupLocation', 'pickup-location-input')}">Pick-up location</label><input id="${v('pickupLocation', 'pickup-location-input')}" name="pickup"><label for="pickupDate">Pick-up date</label><input id="pickupDate" value="2026-07-03"><label for="returnDate">Return date</label><input id="returnDate" value="2026-07-10"><label><input type="checkbox" id="returnElsewhere"> Return to a different location</label><button type="button" id="continueButton">Continue</button></form><section class="trucks"><h2>Need a van?</h2><label for="pickupLocation-truck">Truck rental location</label><input id="pickupLocation-truck" name="truck-pickup"></section></main>`,
    ),
    body: `await page.locator('#pickupLocation').fill('Leeds Station');\n  await expect(page.locator('input[name="pickup"]')).toHaveValue('Leeds Station');`,
    expect: 'heal',
    target: 'input[name="pickup"]',
  },
  // The MOT booking app's own rebuild renamed the registration input's id (selectors in a constants file; the values are this page's).
  {
    id: 'd30-po-halfords-mot-vehicle-reg-id',
    kind: 'page object',
    ...both(
      (v) => `<main><h1>Book an MOT</h1><form class="mot-booking"><label for="${v('vehicleReg', 'vrm-input')}">Registration number</label><input id="${v('vehicleReg', 'vrm-input')}" name="vrm"><label for="postcode">Postcode</label><input id="postcode" name="postcode" value="YO21 1DH"><label for="garage">Garage</label><select id="garage" name="garage"><option>Whitby Autocentre</option><option>Scarborough Autocentre</option></select><button type="button" id="findSlots">Find a time</button></form><aside><h2>Tyres too?</h2><label for="vehicleReg-tyres">Registration for tyre fitting</label><input id="vehicleReg-tyres" name="tyres-vrm"></aside></main>`,
    ),
    imports: `import { MOT } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the MOT booking form.
export const MOT = {
  registration: '#vehicleReg',
  postcode: '#postcode',
  garage: '#garage',
  submit: '#findSlots',
};
`,
    },
    body: `await page.locator(MOT.registration).fill('YA19 KXT');\n  await expect(page.locator('input[name="vrm"]')).toHaveValue('YA19 KXT');`,
    expect: 'heal',
    target: '#vrm-input',
  },
];

const testIdHeals: Drift[] = [
  // The grocer's own rebuild renamed its `data-testid` hooks: `book-slot-button` -> `delivery-slot-book`; the test names the hook twice (the values are this page's).
  {
    id: 'd30-testid-waitrose-book-slot-twice',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Book a slot</h1><section class="delivery"><h2>Delivery to 14 Harbour Row</h2><p>Sat 6 Jun · 10:00-11:00 · £4.50</p><button type="button" data-testid="${v('change-address-button', 'delivery-address-change')}" ${WRITES('address')}>Change address</button><button type="button" data-testid="${v('book-slot-button', 'delivery-slot-book')}" ${DONE}>Book this slot</button></section><section class="collection"><h2>Click and collect</h2><p>Sat 6 Jun · Whitby</p><button type="button" data-testid="book-slot-button-collection" ${WRITES('collection')}>Book a collection slot</button></section></main>${OUT}`,
    ),
    body: `await expect(page.getByTestId('book-slot-button')).toBeEnabled();\n  await page.getByTestId('book-slot-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="delivery-slot-book"]',
  },
  // The HR app's own rebuild renamed its `data-test` hooks: `submit-absence` -> `absence-request-submit` (the values are this page's).
  {
    id: 'd30-testid-personio-submit-absence',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Request time off</h1><section class="vacation"><h2>Paid holiday</h2><label for="from">From</label><input id="from" value="2026-08-10"><label for="to">To</label><input id="to" value="2026-08-14"><button type="button" data-test="${v('add-note', 'absence-request-note')}" ${WRITES('note')}>Add a note</button><button type="button" data-test="${v('submit-absence', 'absence-request-submit')}" ${DONE}>Send request</button></section><section class="sickness"><h2>Sick leave</h2><button type="button" data-test="submit-absence-sickness" ${WRITES('sickness')}>Report sickness</button></section></main>${OUT}`,
    ),
    body: `await page.locator('[data-test="submit-absence"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test="absence-request-submit"]',
  },
  // The builders' merchant's own rebuild renamed its `data-qa` hooks: `add-to-trolley` -> `product-add-to-trolley` (the values are this page's).
  {
    id: 'd30-testid-toolstation-add-to-trolley',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Makita 18V combi drill</h1><p>Body only · 2 year guarantee</p><div class="fulfilment fulfilment--delivery"><p>Delivery tomorrow</p><button type="button" data-qa="${v('qty-plus', 'product-qty-plus')}" ${WRITES('qty')}>+</button><button type="button" data-qa="${v('add-to-trolley', 'product-add-to-trolley')}" ${DONE}>Add for delivery</button></div><div class="fulfilment fulfilment--collect"><p>Collect from Whitby in 5 minutes</p><button type="button" data-qa="add-to-trolley-collect" ${WRITES('collect')}>Add for collection</button></div></main>${OUT}`,
    ),
    body: `await page.locator('[data-qa="add-to-trolley"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-qa="product-add-to-trolley"]',
  },
];

const xpathHeals: Drift[] = [
  // Dolibarr's later releases gave form buttons their own classes: `input.button` became `input.button.button-save`, so the XPath on `@class="button"` finds nothing.
  {
    id: 'd30-xpath-dolibarr-button-save',
    kind: 'xpath',
    ...both(
      (v) => `<h1>New third party</h1><form name="formsoc" action="#" onsubmit="return false"><label for="name">Third-party name</label><input type="text" id="name" name="name" value="Harbour Chandlery Ltd"><label for="email">Email</label><input type="text" id="email" name="email" value="shop@chandlery.example"><div class="center"><input type="submit" class="${v('button', 'button button-save')}" name="save" value="Save" ${DONE}> <input type="submit" class="${v('button', 'button button-cancel')}" name="cancel" value="Cancel" ${WRITES('cancel')}></div></form><form name="searchform" action="#" onsubmit="return false"><input type="text" name="search_all" placeholder="Search"><input type="submit" class="button" value="Save search" ${WRITES('search')}></form>${OUT}`,
    ),
    body: `await page.locator('//form[@name="formsoc"]//input[@class="button" and @value="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'input[name="save"]',
  },
  // Koha's staff interface moved its form buttons to Bootstrap: the patron form's `input.submit` became `input.btn.btn-primary`, so the XPath on `@class="submit"` finds nothing.
  {
    id: 'd30-xpath-koha-staff-bootstrap-save',
    kind: 'xpath',
    ...both(
      (v) => `<div id="header_search"><form id="patron_search" action="#" onsubmit="return false"><input type="text" name="searchmember" placeholder="Enter patron card number or partial name"><input type="submit" class="${v('submit', 'btn btn-primary')}" value="Submit" ${WRITES('search')}></form></div><h1>Add patron (Adult)</h1><form id="entryform" action="#" onsubmit="return false"><fieldset class="rows"><label for="surname">Surname:</label><input type="text" id="surname" name="surname" value="Brook"><label for="firstname">First name:</label><input type="text" id="firstname" name="firstname" value="Ada"></fieldset><fieldset class="action"><input type="submit" name="save" class="${v('submit', 'btn btn-primary')}" value="Save" ${DONE}> <a class="cancel" href="#/members" ${WRITES('cancel')}>Cancel</a></fieldset></form>${OUT}`,
    ),
    body: `await page.locator('//form[@id="entryform"]//input[@class="submit" and @value="Save"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#entryform input[name="save"]',
  },
];

const copyHeals: Drift[] = [
  // Clydesdale Bank moved to the Virgin Money brand (2021): the mortgage broker's branch finder names it anew.
  {
    id: 'd30-placeholder-clydesdale-bank-to-virgin-money',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Sign your mortgage offer in person</h1><section class="lender"><h2>${v('Clydesdale Bank', 'Virgin Money')}</h2><input type="search" name="lender-branch" placeholder="${v('Find a Clydesdale Bank branch', 'Find a Virgin Money branch')}"></section><section><h2>TSB</h2><input type="search" name="tsb-branch" placeholder="Find a TSB branch"></section><section><h2>Post Office</h2><input type="search" name="po-branch" placeholder="Find a Post Office branch"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Find a Clydesdale Bank branch').fill('Glasgow');\n  await expect(page.locator('input[name="lender-branch"]')).toHaveValue('Glasgow');`,
    expect: 'heal',
    target: 'input[name="lender-branch"]',
  },
  // Huami renamed Mi Fit "Zepp Life" (2021): the fitness-band pairing page's logo alt text is the new name; Amazfit's own Zepp app stays (exact: true).
  {
    id: 'd30-alt-mi-fit-to-zepp-life',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img class="logo" src="${GIF}" alt="${v('Mi Fit', 'Zepp Life')}" width="96" height="28"></a></header><main><h1>Pair your band</h1><p>Smart Band 7 · firmware 2.1.4</p><img class="companion" src="${GIF}" alt="Mi Home" width="24" height="24"><img class="companion" src="${GIF}" alt="Zepp" width="24" height="24"></main>`,
    ),
    body: `await expect(page.getByAltText('Mi Fit', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // LloydsPharmacy's Echo became LloydsDirect (2021): the GP surgery's repeat-prescription page names the button anew; the test names the button twice.
  {
    id: 'd30-button-echo-to-lloydsdirect-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Repeat prescriptions</h1><p>Sertraline 50 mg · 28 tablets · due 12 June</p><div class="reorder"><button type="button" class="reorder-p2u" ${WRITES('pharmacy2u')}>Reorder with Pharmacy2U</button><button type="button" class="reorder-lloyds" ${DONE}>${v('Reorder with Echo', 'Reorder with LloydsDirect')}</button><button type="button" class="reorder-boots" ${WRITES('boots')}>Reorder with Boots</button></div><a href="#/online-doctor" ${WRITES('online-doctor')}>LloydsPharmacy Online Doctor</a></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Reorder with Echo' })).toBeVisible();\n  await page.getByRole('button', { name: 'Reorder with Echo' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.reorder-lloyds',
  },
  // Microsoft renamed Forms Pro "Dynamics 365 Customer Voice" (2020): a project's "open in" icon's tooltip names it anew; Microsoft Forms stays (a regular-expression title).
  {
    id: 'd30-title-forms-pro-to-customer-voice',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>Visitor satisfaction 2026</h1><p>412 responses</p><div class="open-in">${icon('open-forms', 'Open in Microsoft Forms', WRITES('forms'))}${icon('open-survey', v('Open in Forms Pro', 'Open in Customer Voice'), DONE)}${icon('open-powerbi', 'Open in Power BI', WRITES('powerbi'))}</div><a href="#/licensing" class="licensing" title="${v('Forms Pro licensing', 'Customer Voice licensing')}" ${WRITES('licensing')}>Licensing</a></main>${OUT}`;
    }),
    body: `await page.getByTitle(/open in forms pro/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.open-survey',
  },
  // IBM renamed Watson Assistant "watsonx Assistant" (2023): the services overview's heading names it anew; Watson Discovery keeps its name (exact: true).
  {
    id: 'd30-heading-watson-assistant-to-watsonx-assistant',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>AI services</h1><section><h2>Watson Discovery</h2><p>2 projects</p></section><section><h2 class="assistant">${v('Watson Assistant', 'watsonx Assistant')}</h2><p>3 assistants · 41,200 messages this month</p></section><section><h2>Watson Speech to Text</h2><p>1 instance</p></section><p class="note">${v('Watson Assistant', 'watsonx Assistant')} Plus plan renews 1 July</p></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Watson Assistant', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.assistant',
  },
  // E.ON moved npower's customers to E.ON Next: the switching site's supplier links name it anew; E.ON stays (a regular-expression link name).
  {
    id: 'd30-link-npower-to-eon-next',
    kind: 'renamed text',
    ...both((v) => {
      const l = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="supplier-${cls}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Suppliers"><ul>${l('british-gas', 'British Gas', WRITES('british-gas'))}${l('eon', 'E.ON', WRITES('eon'))}${l('current', v('npower', 'E.ON Next'), DONE)}${l('edf', 'EDF', WRITES('edf'))}</ul></nav><main><h1>Your current supplier</h1><p>Dual fuel · paid monthly</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^npower$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.supplier-current',
  },
  // Fastly renamed Compute@Edge "Fastly Compute" (2023): the deploy tool's settings label the service field anew.
  {
    id: 'd30-label-compute-at-edge-to-fastly-compute',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Deploy targets</h1><form><label for="svc-cdn">Fastly CDN service ID</label><input id="svc-cdn" name="cdn"><label for="svc-compute">${v('Compute@Edge service ID', 'Compute service ID')}</label><input id="svc-compute" name="compute"><label for="tok-fastly">Fastly API token</label><input id="tok-fastly" name="token"><button type="button">Save targets</button></form></main>`,
    ),
    body: `await page.getByLabel('Compute@Edge service ID').fill('4Kq9rWzN2xTe');\n  await expect(page.locator('#svc-compute')).toHaveValue('4Kq9rWzN2xTe');`,
    expect: 'heal',
    target: '#svc-compute',
  },
  // J.P. Morgan renamed Nutmeg "J.P. Morgan Personal Investing" (2024): the budgeting app's ISA card names the manager anew.
  {
    id: 'd30-text-nutmeg-to-jp-morgan-personal-investing',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Savings and investments</h1><section class="isa"><h2>Stocks and shares ISA</h2><p class="balance">£8,214.33</p><p class="manager">${v('Managed by Nutmeg', 'Managed by J.P. Morgan Personal Investing')}</p></section><section class="lisa"><h2>Lifetime ISA</h2><p class="balance">£3,120.00</p><p class="manager">Managed by Moneybox</p></section></main>`,
    ),
    body: `await expect(page.getByText('Managed by Nutmeg')).toBeVisible();`,
    expect: 'heal',
    target: 'section.isa p.manager',
  },
];

const chainHeals: Drift[] = [
  // Kentico Kontent became Kontent.ai (2022): the site generator's integrations nav names it anew; Kentico Xperience stays (the chain's last step drifts).
  {
    id: 'd30-chain-kentico-kontent-to-kontent-ai',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="int-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Integrations"><ul>${item('contentful', 'Contentful', WRITES('contentful'))}${item('kontent', v('Kentico Kontent', 'Kontent.ai'), DONE)}${item('xperience', 'Kentico Xperience', WRITES('xperience'))}</ul></nav></header><main><h1>harbour-site · content sources</h1><a href="#/webhooks" ${WRITES('webhooks')}>Set up ${v('Kentico Kontent', 'Kontent.ai')} webhooks</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Integrations' })\n    .getByRole('link', { name: 'Kentico Kontent' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.int-kontent',
  },
  // AWS's console names CloudWatch Events "Amazon EventBridge": the monitoring dashboard's event sources name it anew (page object, the chain's last step drifts).
  {
    id: 'd30-chain-po-cloudwatch-events-to-eventbridge',
    kind: 'multi-line chain',
    ...both((v) => {
      const src = (cls: string, name: string, extra: string) => `<li><a href="#/${cls}" class="src-${cls}" ${extra}>${name}</a></li>`;
      return `<main><h1>tide-ingest</h1><section aria-label="Event sources" class="sources"><h2>Event sources</h2><ul>${src('logs', 'CloudWatch Logs', WRITES('logs'))}${src('events', v('CloudWatch Events', 'Amazon EventBridge'), DONE)}${src('sns', 'Amazon SNS', WRITES('sns'))}</ul></section><section aria-label="Alarms"><h2>Alarms</h2><ul>${src('alarms', 'CloudWatch alarms', WRITES('alarms'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { FunctionPage } from './function-page';`,
    files: {
      'function-page.ts': `import type { Page } from '@playwright/test';

export class FunctionPage {
  constructor(readonly page: Page) {}

  async openEventSource() {
    await this.page
      .getByRole('region', { name: 'Event sources' })
      .getByRole('link', { name: 'CloudWatch Events' })
      .click();
  }

  async openAlarms() {
    await this.page
      .getByRole('region', { name: 'Alarms' })
      .getByRole('link', { name: 'CloudWatch alarms' })
      .click();
  }
}
`,
    },
    body: `await new FunctionPage(page).openEventSource();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.sources a.src-events',
  },
];

const refuseRemoved: Drift[] = [
  // Google shut Fusion Tables (December 2019): the newsroom data tool's export targets lost it; Datawrapper and Flourish stay.
  {
    id: 'd30-refuse-google-fusion-tables-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="export-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Coastal erosion by parish</h1><p>312 rows · updated today</p><h2>Publish the table</h2><div class="export-targets">${b('datawrapper', 'Export to Datawrapper', WRITES('datawrapper'))}${v(b('fusion', 'Export to Fusion Tables', DONE), '')}${b('flourish', 'Export to Flourish', WRITES('flourish'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Export to Fusion Tables' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // AWS closed Cloud9 to new customers (July 2024): the tutorial's "Open in" links lost it; GitHub Codespaces and Gitpod stay.
  {
    id: 'd30-refuse-aws-cloud9-closed',
    kind: 'refuse',
    ...both((v) => {
      const l = (label: string, extra: string) => `<li><a href="#/${label.toLowerCase().replace(/\W+/g, '-')}" ${extra}>Open in ${label}</a></li>`;
      return `<main><article><h1>Build a tide-table API in an afternoon</h1><p>Start from the template repository.</p></article><aside><h2>Start coding</h2><ul>${l('GitHub Codespaces', WRITES('codespaces'))}${v(l('AWS Cloud9', DONE), '')}${l('Gitpod', WRITES('gitpod'))}</ul></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Open in AWS Cloud9' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Microsoft retired Azure Media Services (June 2024): the video platform's streaming back ends lost it; Mux and Cloudflare Stream stay.
  {
    id: 'd30-refuse-azure-media-services-retired',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="radio" name="backend" value="${value}"> ${label}</label>`;
      return `<main><h1>Streaming settings</h1><fieldset><legend>Streaming back end</legend>${opt('mux', 'Mux')}${v(opt('ams', 'Azure Media Services'), '')}${opt('cf-stream', 'Cloudflare Stream')}</fieldset><label for="channel">Channel name</label><input id="channel" value="harbour-live"><button type="button">Save</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Azure Media Services' }).check();\n  await expect(page.locator('input[value="ams"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Meta shut Facebook Analytics (June 2021): the site builder's analytics tabs lost it; Google Analytics and Plausible stay.
  {
    id: 'd30-refuse-facebook-analytics-shut',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<main><h1>Site settings</h1><h2>Analytics</h2><div role="tablist" aria-label="Analytics provider">${tab('Google Analytics', WRITES('ga'), true)}${v(tab('Facebook Analytics', DONE), '')}${tab('Plausible', WRITES('plausible'))}</div><label for="measurement-id">Measurement ID</label><input id="measurement-id" value="G-7Q2HARBOUR"></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Facebook Analytics' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Insteon shut its servers (April 2022): the smart-home hub's integrations lost it; Philips Hue and Lutron Caséta stay.
  {
    id: 'd30-refuse-insteon-shut',
    kind: 'refuse',
    ...both((v) => {
      const b = (cls: string, label: string, extra: string) => `<button type="button" class="connect-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Integrations</h1><p>Lights and switches</p><div class="integrations">${b('hue', 'Connect Philips Hue', WRITES('hue'))}${v(b('insteon', 'Connect Insteon', DONE), '')}${b('caseta', 'Connect Lutron Caséta', WRITES('caseta'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Connect Insteon' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The account already starred the repository (fixture change): Forgejo shows "Unstar" where "Star" was (exact: true).
  {
    id: 'd30-refuse-forgejo-star-now-unstar',
    kind: 'refuse',
    ...both(
      (v) => `<main><div class="repo-header"><h1>harbour / tide-tables</h1><div class="repo-buttons"><button type="button" ${WRITES('watch')}>Watch</button><a href="#/watchers">4</a><button type="button" class="star-toggle" ${v(DONE, WRITES('unstar'))}>${v('Star', 'Unstar')}</button><a href="#/stars">${v('18', '19')}</a><button type="button" ${WRITES('fork')}>Fork</button><a href="#/forks">2</a></div></div><p>Tide predictions for the Yorkshire coast.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Star', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The system is already armed away (fixture change): Ring Alarm's control shows "Disarm" where "Arm Away" was.
  {
    id: 'd30-refuse-ring-alarm-arm-away-now-disarm',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour Row</h1><p class="mode">${v('Disarmed', 'Armed (Away) since 08:12')}</p><section class="alarm-modes"><h2>Alarm</h2><button type="button" ${WRITES('home')}>Arm Home</button><button type="button" class="away-toggle" ${v(DONE, WRITES('disarm'))}>${v('Arm Away', 'Disarm')}</button><button type="button" ${WRITES('history')}>Event history</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Arm Away' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The car is already charging (fixture change): Pod Point's charger card shows "Stop charging" where "Start charging" was.
  {
    id: 'd30-refuse-pod-point-start-now-stop-charging',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Home charger</h1><p>Solo 3 · 7 kW · ${v('Connected, not charging', 'Charging · 3.4 kWh added')}</p><div class="charger-actions"><button type="button" ${WRITES('schedule')}>Charge schedule</button><button type="button" class="charge-toggle" ${v(DONE, WRITES('stop'))}>${v('Start charging', 'Stop charging')}</button><button type="button" ${WRITES('history')}>Charging history</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Start charging' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // The owner stopped the form accepting responses (fixture change): Google Forms' responses tab shows another state (exact: true).
  {
    id: 'd30-refuse-google-forms-accepting-now-closed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Beach clean volunteers</h1><nav><a href="#/questions">Questions</a><a href="#/responses">Responses (58)</a></nav><section class="responses"><p class="accepting">${v('Accepting responses', 'Not accepting responses')}</p><button type="button">Link to Sheets</button><button type="button">Download responses (.csv)</button></section></main>`,
    ),
    body: `await expect(page.getByText('Accepting responses', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The property version was deactivated (fixture change): Akamai's Property Manager shows another state.
  {
    id: 'd30-refuse-akamai-property-active-now-deactivated',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>www.harbour.example · version 14</h1><dl><dt>Production</dt><dd class="prod-status">${v('Active on Production', 'Deactivated on Production')}</dd><dt>Staging</dt><dd>Active on Staging</dd><dt>Last edited</dt><dd>2 days ago by Priya Shah</dd></dl><button type="button">Edit new version</button><button type="button">Activate</button></main>`,
    ),
    body: `await expect(page.getByText('Active on Production')).toBeVisible();`,
    expect: 'refuse',
  },
  // The drill's price went up (fixture change): Screwfix's product page shows another price.
  {
    id: 'd30-refuse-screwfix-price-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Erbauer 18V combi drill EBCD18-Li</h1><p class="price">${v('£89.99', '£99.99')}</p><p>Product code 4471K</p><button type="button">Click &amp; Collect</button><button type="button">Deliver</button></main>`,
    ),
    body: `await expect(page.getByText('£89.99')).toBeVisible();`,
    expect: 'refuse',
  },
  // More investment since (fixture change): the Crowdcube pitch shows another amount.
  {
    id: 'd30-refuse-crowdcube-invested-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Whitby Seaweed Co.</h1><p class="raised">${v('£412,350 invested', '£455,900 invested')}</p><p>of £500,000 target · 388 investors · 11 days left</p><button type="button">Invest</button><button type="button">Follow</button></main>`,
    ),
    body: `await expect(page.getByText('£412,350 invested')).toBeVisible();`,
    expect: 'refuse',
  },
  // The promoter moved the gig a week (fixture change): the WeGotTickets listing shows another date.
  {
    id: 'd30-refuse-wegottickets-event-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>The Saltburn Shanty Collective</h1><p class="date">${v('Sat 6 Jun 2026', 'Sat 13 Jun 2026')}</p><p>The Station, Whitby · doors 19:00</p><p>Tickets £9.50</p><button type="button">Buy tickets</button></main>`,
    ),
    body: `await expect(page.getByText('Sat 6 Jun 2026')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // Another episode was played since (fixture change): BBC Sounds' "Continue listening" slot shows another record.
  {
    id: 'd30-refuse-bbc-sounds-different-continue-listening',
    kind: 'refuse',
    ...both((v) => {
      const ep = (title: string, meta: string, extra: string) => `<li class="episode"><a href="#/play/${title.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${title}</a><span>${meta}</span></li>`;
      return `<main><h1>My Sounds</h1><h2>Continue listening</h2><ul>${v(ep('In Our Time: The Dogger Bank', '21 min left', DONE), ep('Shipping Forecast: 00:48', '9 min left', WRITES('shipping')))}</ul><h2>Latest from your subscriptions</h2><ul>${ep('Costing the Earth: Sea walls', '28 min', WRITES('costing'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'In Our Time: The Dogger Bank' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another day (fixture change): Chess.com's "Daily Puzzle" slot shows another puzzle.
  {
    id: 'd30-refuse-chess-com-different-daily-puzzle',
    kind: 'refuse',
    ...both((v) => {
      const puzzle = (name: string, meta: string, extra: string) => `<section class="daily-puzzle"><h2>Daily Puzzle</h2><h3>${name}</h3><p>${meta}</p><a href="#/puzzles/daily" ${extra}>Solve ${name}</a></section>`;
      return `<main><h1>Puzzles</h1>${v(puzzle('The Lighthouse Fork', 'White to move · 1,420 rating', DONE), puzzle('A Quiet Rook Lift', 'Black to move · 1,610 rating', WRITES('rook-lift')))}<section><h2>Puzzle Rush</h2><a href="#/puzzles/rush" ${WRITES('rush')}>Solve as many as you can</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Solve The Lighthouse Fork' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // SurveyMonkey's results toolbar moved "Export results" into the closed "Save as" menu.
  {
    id: 'd30-refuse-surveymonkey-export-behind-menu',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${label}</button>`;
      const exp = v(
        b('Export results', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="Save as" ${WRITES('save-as')}>Save as ▾</button><div role="menu" aria-label="Save as" hidden><button type="button" role="menuitem" ${WRITES('export-hidden')}>Export results</button><button type="button" role="menuitem" ${WRITES('view-hidden')}>Save view</button><button type="button" role="menuitem" ${WRITES('share-hidden')}>Shared data link</button></div>`,
      );
      return `<main><div class="results-toolbar" role="toolbar" aria-label="Results">${b('Filter', WRITES('filter'))}${b('Compare', WRITES('compare'))}${exp}${b('Share', WRITES('share'))}</div><h1>Harbour visitor survey · 412 responses</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Export results' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Wufoo's form settings moved the redirect URL field into a collapsed "Confirmation options" section.
  {
    id: 'd30-refuse-wufoo-redirect-behind-section',
    kind: 'refuse',
    ...both((v) => {
      const redirect = '<label for="redirect-url">Redirect to website</label><input id="redirect-url" name="redirect">';
      return `<main><h1>Form settings</h1><form><label for="form-name">Form name</label><input id="form-name" name="name" value="Beach hut booking"><label for="notify-to">Send notifications to</label><input id="notify-to" name="notify" value="huts@harbour.example">${v(redirect, `<details class="confirmation-options"><summary>Confirmation options</summary><label for="confirm-message">Confirmation message</label><input id="confirm-message" name="confirm">${redirect}</details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Redirect to website').fill('https://harbour.example/booked');\n  await expect(page.locator('#redirect-url')).toHaveValue('https://harbour.example/booked');`,
    expect: 'refuse',
  },
  // The job's application form no longer asks for the required right-to-work share code (fixture change).
  {
    id: 'd30-refuse-bamboohr-share-code-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Visitor Centre Assistant</h1><form><label for="first">First name</label><input id="first" name="first" required><label for="last">Last name</label><input id="last" name="last" required><label for="email">Email</label><input id="email" name="email" type="email" required>${v('<label for="share-code">Right to work share code</label><input id="share-code" name="sharecode" required>', '')}<label for="resume">Resume</label><input id="resume" name="resume" type="file"><button type="button">Submit application</button></form></main>`,
    ),
    body: `await page.getByLabel('Right to work share code').fill('W7K 4QX 9PL');\n  await expect(page.locator('input[name="sharecode"]')).toHaveValue('W7K 4QX 9PL');`,
    expect: 'refuse',
  },
  // The saved card expired (fixture change): JustPark's "Pay now" now opens the add-card form instead of paying.
  {
    id: 'd30-refuse-justpark-pay-now-opens-add-card',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Driveway on Church Street</h1><p>Sat 6 Jun · 09:00-17:00 · £7.20</p><p>${v('Pay with Visa ending 4417', 'Your Visa ending 4417 has expired, add a card')}</p><div class="checkout-actions"><button type="button" ${WRITES('promo')}>Add a promo code</button><button type="button" class="pay-now" ${v(DONE, WRITES('add-card'))}>Pay now</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pay now' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The app stopped showing its trial countdown: `.trial-countdown__upgrade` finds nothing; the only upgrade buttons left belong to the storage meter and the seat-limit notice.
  {
    id: 'd30-refuse-trial-countdown-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="trial-countdown trial-countdown--urgent" role="region" aria-label="Trial"><p class="trial-countdown__text">3 days left in your trial</p><a href="#/plans" class="trial-countdown__link" ${WRITES('plans')}>Compare plans</a><button type="button" class="trial-countdown__upgrade" ${DONE}>Upgrade</button></div>`, '')}<header><a href="#/">Tidefile</a></header><main><h1>Files</h1><div class="storage-meter"><p class="storage-meter__text">4.6 GB of 5 GB used</p><button type="button" class="storage-meter__upgrade" ${WRITES('storage')}>Upgrade</button></div></main><div class="seat-limit"><p class="seat-limit__text">5 of 5 seats used</p><button type="button" class="seat-limit__upgrade" ${WRITES('seats')}>Upgrade</button></div>${OUT}`,
    ),
    body: `await page.locator('.trial-countdown__upgrade').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_30_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
