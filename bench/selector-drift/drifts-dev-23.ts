// Twenty-third development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a styled-components
// build's new component ids, the class named twice in one test; a Stitches build's new style hashes; jQuery Mobile
// 1.4's `ui-btn-up-b` -> `ui-btn-b` swatch classes), id renames (a Jotform form rebuilt with new question ids, its
// selectors kept in a constants file; a Kajabi-style checkout's own rebuild), test-attribute renames (`data-testid`,
// `data-test` and `data-cy` values renamed by the apps' own rebuilds), XPath locators (Roundcube's Larry -> Elastic
// skin toolbar, XenForo 2's `button--primary` buttons), copy edits on placeholder, alt (exact: true), button (the same
// old name twice in one test), title (regular-expression name), heading (exact: true), link (regular expression),
// label and text locators, and two Prettier-style multi-line chains (one in a page object) whose last step names a
// renamed product; and 20 must-refuse: services shut while look-alikes stay (Revue, InVision, Mixer, Endomondo,
// Omnivore), opposite actions (Add to -> Remove from Watch List, Lock -> Unlock Row, Close -> Reopen poll), state
// changes (a parcel delivered, an order on its way), a price, an amount and a date changed, a different record in the
// same slot (twice), an entry moved behind a closed menu and a field behind a collapsed section, a required field
// dropped, a button that now opens something else, and a component removed where the only remaining elements with a
// similar class are other components. Pages carry decoys that share words, classes or attributes with the target.
// Heal cases name the `target` the drifted locator must now find; refuse cases have none. Each case is judged as a
// careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d23-css-styled-components-id-twice: styled-components class names carry a component id (`Checkout__PlaceOrderButton-sc-<hash>-<n>`); a new build (the library's upgrade) changed every id's hash; the test names the class twice.
// d23-css-stitches-variant-hash: Stitches class names are hashes of the style objects (`c-<hash>-<hash>-variant-primary`); a theme change rebuilt every hash.
// d23-css-jquery-mobile-14-swatch: jQuery Mobile 1.4 dropped 1.3's state classes (`ui-btn-up-b`) for swatch classes (`ui-btn-b`).
// d23-po-jotform-form-rebuilt: Jotform ids carry the question's number (`#input_2` for the submit button); the booking form was rebuilt and its questions renumbered (the selectors live in a constants file).
// d23-id-kajabi-checkout-submit: a Kajabi-style checkout's own rebuild renamed its pay button's id (`#submit-button` -> `#checkout-submit`); the values are this page's.
// d23-testid-wolt-send-order: the food-delivery app's own rebuild renamed its `data-testid` hooks (`order-button` -> `send-order-button`); the values are this page's.
// d23-testid-depop-buy-button: the resale app's own rebuild renamed its `data-test` hooks (`listing__*` -> `product__*`); the values are this page's.
// d23-testid-houzz-save-photo: the home-design app's own rebuild renamed its Cypress hooks (`save-to-ideabook` -> `save-photo`); the values are this page's.
// d23-xpath-roundcube-elastic-compose: Roundcube 1.4 made Elastic the default skin; Larry's `#mailtoolbar a.button.compose` became Elastic's `a.compose` in a role="toolbar" list.
// d23-xpath-xenforo-2-post-reply: XenForo 2 replaced 1.x's `<input type="submit" class="button primary" value="Post Reply">` with a `button.button--primary` labelled "Post reply".
// d23-placeholder-ebates-to-rakuten: Ebates renamed itself Rakuten in the US (2019).
// d23-alt-currys-pc-world-to-currys: Currys PC World dropped "PC World" from its name and logo (2021).
// d23-button-uberconference-to-dialpad-twice: Dialpad renamed UberConference "Dialpad Meetings" (2021); the test names the button twice.
// d23-title-xbmc-to-kodi: XBMC renamed itself Kodi (2014).
// d23-heading-logdna-to-mezmo: LogDNA renamed itself Mezmo (2022).
// d23-link-nexmo-to-vonage: Vonage folded the Nexmo name into the Vonage API Platform (2020-21).
// d23-label-car2go-to-share-now: car2go and DriveNow merged as SHARE NOW (2019).
// d23-text-apple-pay-cash-to-apple-cash: Apple renamed Apple Pay Cash "Apple Cash" (2019).
// d23-chain-play-movies-to-google-tv: Google replaced the Play Movies & TV app with "Google TV" (September 2020).
// d23-chain-po-messagebird-to-bird: MessageBird renamed itself Bird (February 2024).
// d23-refuse-revue-shut-down: Twitter shut Revue down (January 18, 2023); the newsletter tool's other importers stay.
// d23-refuse-invision-shut-down: InVision shut its design collaboration services down (December 31, 2024); the handoff tool's other importers stay.
// d23-refuse-mixer-shut-down: Microsoft shut Mixer down (July 22, 2020); the streaming app's other destinations stay.
// d23-refuse-endomondo-shut-down: Under Armour shut Endomondo down (December 31, 2020); the other connected services stay.
// d23-refuse-omnivore-shut-down: Omnivore shut down (November 2024) after its team joined ElevenLabs; the other read-later targets stay.
// d23-refuse-reverb-watch-list-now-remove: fixture change (the account already watches the listing): "Remove from Watch List" is the opposite action.
// d23-refuse-smartsheet-lock-row-now-unlock: fixture change (the row is locked): "Unlock Row" is the opposite action.
// d23-refuse-doodle-close-poll-now-reopen: fixture change (the poll is closed): "Reopen poll" is the opposite action.
// d23-refuse-yodel-out-for-delivery-now-delivered: fixture change (the parcel was delivered): another state.
// d23-refuse-just-eat-preparing-now-on-its-way: fixture change (the order left the restaurant): another state.
// d23-refuse-grailed-price-dropped: fixture change (the seller dropped the price): another price.
// d23-refuse-monzo-pot-balance-changed: fixture change (money was added to the pot): another amount.
// d23-refuse-opentable-reservation-moved: fixture change (the booking was moved): another date and time.
// d23-refuse-alltrails-different-recording: fixture change (the account recorded another hike since).
// d23-refuse-thumbtack-different-pro: fixture change (another pro was hired since; the test's pro is gone from the list).
// d23-refuse-wrike-duplicate-behind-more: Wrike's task toolbar moved Duplicate into the closed "More actions" menu.
// d23-refuse-thinkific-course-url-behind-advanced: Thinkific's course settings moved the course URL field into a collapsed "Advanced settings" section.
// d23-refuse-typeform-company-field-dropped: fixture change (the form's owner removed the required company field).
// d23-refuse-framer-publish-now-upgrade: fixture change (the free plan's limit was reached): "Publish" now opens the upgrade dialog instead of publishing.
// d23-refuse-onboarding-checklist-removed: the app stopped showing its Appcues onboarding checklist; the only `__close` buttons left belong to a toast and the help panel.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d23-css-styled-components-id-twice (the exact shape of the
// component id and what changed its hash), d23-css-stitches-variant-hash (the exact variant class format),
// d23-css-jquery-mobile-14-swatch (the exact 1.3 and 1.4 class lists), d23-po-jotform-form-rebuilt (how Jotform
// numbers a rebuilt form's questions), d23-xpath-roundcube-elastic-compose (the exact Larry and Elastic toolbar
// markup), d23-xpath-xenforo-2-post-reply (XenForo 2's exact class list), d23-placeholder-ebates-to-rakuten (the
// placeholder's wording), d23-button-uberconference-to-dialpad-twice (the year and the button's wording),
// d23-link-nexmo-to-vonage (when the Nexmo name went), d23-label-car2go-to-share-now (the label's wording),
// d23-refuse-omnivore-shut-down (the exact date), d23-refuse-wrike-duplicate-behind-more and
// d23-refuse-thinkific-course-url-behind-advanced (when the layouts changed, and the menu's and section's labels),
// d23-refuse-onboarding-checklist-removed (the class names are this page's), and the fixture changes' labels (Reverb,
// Smartsheet, Doodle, Yodel, Just Eat, Grailed, Monzo, OpenTable, AllTrails, Thumbtack, Typeform, Framer).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Zoom, Google Meet, Loggly, Papertrail, Twilio, Plivo, Sinch, Zipcar, Nextbike, Apple Card, Play
// Books, Play Games, YouTube, Substack, Mailchimp, Figma, Sketch, Twitch, Facebook Live, Strava, Garmin Connect,
// Instapaper, Readwise, Chromecast, Carphone Warehouse, Team Knowhow (some of these appear in earlier sets, and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // styled-components class names carry a component id: a new build changed every id's hash; the test names the place-order button's class twice.
  {
    id: 'd23-css-styled-components-id-twice',
    kind: 'css class',
    ...both((v) => {
      const sc = (name: string, n: string, oldHash: string, newHash: string) => `Checkout__${name}-sc-${v('1r5v2cz', '8f3e1a0b')}-${n} ${v(oldHash, newHash)}`;
      return `<main class="${sc('Page', '0', 'hXzLqD', 'bKlMnP')}"><h1>Review your order</h1><ul class="${sc('Items', '1', 'gTrWqa', 'mNbVcx')}"><li>Harbour tide clock × 1 · $64.00</li><li>Brass barometer × 1 · $112.00</li></ul>
<div class="${sc('Actions', '2', 'dFgHjk', 'pLoKiJ')}"><a href="#/cart" class="${sc('BackLink', '5', 'qAzWsx', 'eDcRfv')}" ${WRITES('back')}>Back to cart</a><button type="button" class="${sc('SaveForLaterButton', '4', 'jRtMvN', 'qPdEwS')}" ${WRITES('later')}>Save for later</button><button type="button" class="${sc('PlaceOrderButton', '3', 'kZpWqs', 'cVbNmA')}" ${DONE}>Place order · $176.00</button></div></main>${OUT}`;
    }),
    body: `await expect(page.locator('.Checkout__PlaceOrderButton-sc-1r5v2cz-3')).toBeEnabled();\n  await page.locator('.Checkout__PlaceOrderButton-sc-1r5v2cz-3').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class*="Checkout__PlaceOrderButton-sc-"]',
  },
  // Stitches class names are hashes of the style objects: a theme change rebuilt every hash, so the dialog's primary button class is new.
  {
    id: 'd23-css-stitches-variant-hash',
    kind: 'css class',
    ...both((v) => {
      const base = v('c-bZuvTJ', 'c-kHmDfQ');
      const btn = (variant: string, oldH: string, newH: string, label: string, extra: string) => `<button type="button" class="c-PJLV ${base} ${base}-${v(oldH, newH)}-variant-${variant}" ${extra}>${label}</button>`;
      return `<main><header class="c-jTrPUu">${btn('primary', 'gHfcnC', 'jXcbWE', 'New invoice', WRITES('new'))}</header><h1>Invoices</h1>
<div role="dialog" aria-label="Send invoice" class="c-dhzjXW"><h2>Send invoice INV-0142</h2><p>To: accounts@harbour-chandlery.example · £264.00</p><div class="c-fYwzMs">${btn('ghost', 'kqOfRZ', 'bVtqNe', 'Cancel', WRITES('cancel'))}${btn('secondary', 'iTKOFX', 'lpGxSa', 'Save draft', WRITES('draft'))}${btn('primary', 'gHfcnC', 'jXcbWE', 'Send invoice', DONE)}</div></div></main>${OUT}`;
    }),
    body: `await page.locator('[role="dialog"] .c-bZuvTJ-gHfcnC-variant-primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] [class*="-variant-primary"]',
  },
  // jQuery Mobile 1.4 dropped 1.3's state classes (`ui-btn-up-b`) for swatch classes (`ui-btn-b`): the checkout page's themed button is found by the new one.
  {
    id: 'd23-css-jquery-mobile-14-swatch',
    kind: 'css class',
    ...both((v) => {
      const btn = (swatch: string, label: string, extra: string) => `<a href="#" data-role="button" data-theme="${swatch}" class="ui-btn ui-shadow ${v(`ui-btn-corner-all ui-btn-up-${swatch}`, `ui-corner-all ui-btn-${swatch}`)}" ${extra}>${label}</a>`;
      return `<div data-role="page" id="basket" class="ui-page"><div data-role="header" class="ui-header ui-bar-a"><h1 class="ui-title">Basket</h1>${btn('a', 'Back', WRITES('header-back'))}</div><div data-role="content" class="ui-content"><ul class="ui-listview"><li>Oilskin jacket · £89.00</li><li>Sea boots · £54.00</li></ul>${btn('a', 'Keep shopping', WRITES('shop'))}${btn('b', 'Checkout', DONE)}</div></div>${OUT}`;
    }),
    body: `await page.locator('#basket .ui-content .ui-btn-up-b').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#basket .ui-content .ui-btn-b',
  },
];

const idHeals: Drift[] = [
  // Jotform ids carry the question's number: the booking form was rebuilt and its questions renumbered (selectors in a constants file).
  {
    id: 'd23-po-jotform-form-rebuilt',
    kind: 'page object',
    ...both((v) => {
      const q = (oldN: string, newN: string) => v(oldN, newN);
      return `<main><h1>Book a sailing lesson</h1><form class="jotform-form" id="${v('231540987654321', '243180112233445')}"><ul class="form-all"><li class="form-line" id="id_${q('3', '5')}"><label class="form-label" for="first_${q('3', '5')}">First name</label><input type="text" id="first_${q('3', '5')}" name="q${q('3', '5')}_name[first]"><label class="form-label" for="last_${q('3', '5')}">Last name</label><input type="text" id="last_${q('3', '5')}" name="q${q('3', '5')}_name[last]"></li>
<li class="form-line" id="id_${q('4', '6')}"><label class="form-label" for="input_${q('4', '6')}">E-mail</label><input type="email" id="input_${q('4', '6')}" name="q${q('4', '6')}_email"></li>
<li class="form-line" id="id_${q('2', '9')}"><div class="form-buttons-wrapper"><button id="input_reset_${q('2', '9')}" type="button" class="form-submit-reset jf-form-buttons" ${WRITES('reset')}>Clear form</button><button id="input_${q('2', '9')}" type="button" class="form-submit-button submit-button jf-form-buttons" data-component="button" ${DONE}>Submit</button></div></li></ul></form></main>${OUT}`;
    }),
    imports: `import { BOOKING } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the lesson booking form (Jotform).
export const BOOKING = {
  firstName: '#first_3',
  lastName: '#last_3',
  email: '#input_4',
  clear: '#input_reset_2',
  submit: '#input_2',
};
`,
    },
    body: `await page.locator(BOOKING.submit).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#input_9',
  },
  // A Kajabi-style checkout's own rebuild renamed its pay button's id: `#submit-button` -> `#checkout-submit` (the values are this page's).
  {
    id: 'd23-id-kajabi-checkout-submit',
    kind: 'id',
    ...both(
      (v) => `<main class="checkout"><h1>Coastal Navigation Masterclass</h1><p class="offer-price">$149.00</p><form><label for="email">Email</label><input id="email" name="email" type="email"><label for="coupon">Coupon code</label><input id="coupon" name="coupon"><button type="button" id="${v('coupon-button', 'coupon-apply')}" ${WRITES('coupon')}>Apply</button><div id="card-element" class="card-field">Card details</div><button type="button" id="${v('submit-button', 'checkout-submit')}" class="btn btn-primary btn-block" ${DONE}>Pay $149.00</button></form><p><a href="#/terms" id="terms-link" ${WRITES('terms')}>Terms of service</a></p></main>${OUT}`,
    ),
    body: `await page.locator('#submit-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#checkout-submit',
  },
];

const testIdHeals: Drift[] = [
  // The food-delivery app's own rebuild renamed its `data-testid` hooks: `order-button` -> `send-order-button` (the values are this page's).
  {
    id: 'd23-testid-wolt-send-order',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Checkout · Harbour Noodle Bar</h1><ul data-testid="${v('cart-items', 'cart-item-list')}"><li>Dan dan noodles × 2 · €23.80</li><li>Gyoza × 1 · €7.50</li></ul><p>Delivery in 25-35 min</p><div class="actions"><button type="button" data-testid="${v('schedule-button', 'schedule-order-button')}" ${WRITES('schedule')}>Schedule order</button><button type="button" data-testid="${v('order-button', 'send-order-button')}" ${DONE}>Click to order · €34.20</button></div></main>${OUT}`,
    ),
    body: `await page.getByTestId('order-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="send-order-button"]',
  },
  // The resale app's own rebuild renamed its `data-test` hooks: `listing__*` -> `product__*` (the values are this page's).
  {
    id: 'd23-testid-depop-buy-button',
    kind: 'test id',
    ...both((v) => {
      const p = v('listing', 'product');
      return `<main class="product"><h1>Vintage fisherman's jumper</h1><p data-test="${p}__price">£38.00</p><p data-test="${p}__seller">@harbourthreads</p><div class="product-actions"><button type="button" data-test="${p}__buy-button" ${DONE}>Buy now</button><button type="button" data-test="${p}__offer-button" ${WRITES('offer')}>Make offer</button><button type="button" data-test="${p}__bag-button" ${WRITES('bag')}>Add to bag</button></div></main>${OUT}`;
    }),
    body: `await page.locator('[data-test="listing__buy-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test="product__buy-button"]',
  },
  // The home-design app's own rebuild renamed its Cypress hooks: `save-to-ideabook` -> `save-photo` (the values are this page's).
  {
    id: 'd23-testid-houzz-save-photo',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Coastal kitchen with oak island</h1><img src="${GIF}" alt="Kitchen with an oak island and white cabinets" width="320" height="200"><div class="photo-actions"><button type="button" data-cy="${v('save-to-ideabook', 'save-photo')}" ${DONE}>Save</button><button type="button" data-cy="${v('share-to-social', 'share-photo')}" ${WRITES('share')}>Share</button><button type="button" data-cy="${v('email-photo', 'email-photo')}" ${WRITES('email')}>Email</button></div><aside><h2>Products in this photo</h2><button type="button" data-cy="save-product" ${WRITES('product')}>Save</button></aside></main>${OUT}`,
    ),
    body: `await page.locator('[data-cy="save-to-ideabook"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy="save-photo"]',
  },
];

const xpathHeals: Drift[] = [
  // Roundcube 1.4 made Elastic the default skin: Larry's `#mailtoolbar a.button.compose` became `a.compose` in a toolbar list; the XPath finds nothing.
  {
    id: 'd23-xpath-roundcube-elastic-compose',
    kind: 'xpath',
    ...both((v) => {
      const larry = (cls: string, label: string, extra: string) => `<a href="#" class="button ${cls}" ${extra}><span class="button-inner">${label}</span></a>`;
      const elastic = (cls: string, label: string, extra: string) => `<li role="menuitem"><a href="#" class="${cls}" role="button" ${extra}><span class="inner">${label}</span></a></li>`;
      return `<div id="layout">${v(
        `<div id="mailtoolbar" class="toolbar">${larry('checkmail', 'Refresh', WRITES('refresh'))}${larry('compose', 'Compose', DONE)}${larry('reply', 'Reply', WRITES('reply'))}${larry('reply-all', 'Reply all', WRITES('reply-all'))}${larry('forward', 'Forward', WRITES('forward'))}</div>`,
        `<div id="layout-sidebar"><div class="header"><ul class="toolbar menu" role="toolbar">${elastic('compose', 'Compose', DONE)}</ul></div></div><div id="layout-content"><ul id="toolbar-menu" class="toolbar menu" role="toolbar">${elastic('refresh', 'Refresh', WRITES('refresh'))}${elastic('reply', 'Reply', WRITES('reply'))}${elastic('reply-all', 'Reply all', WRITES('reply-all'))}${elastic('forward', 'Forward', WRITES('forward'))}</ul></div>`,
      )}<table id="messagelist"><tr><td>Harbour office</td><td>Berth invoice for March</td></tr></table></div>${OUT}`;
    }),
    body: `await page.locator('//div[@id="mailtoolbar"]/a[@class="button compose"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.compose',
  },
  // XenForo 2 replaced 1.x's `<input type="submit" value="Post Reply">` with a `button.button--primary` labelled "Post reply": the XPath finds nothing.
  {
    id: 'd23-xpath-xenforo-2-post-reply',
    kind: 'xpath',
    ...both((v) => {
      const header = `<header><form class="search"><input name="keywords" placeholder="Search…" aria-label="Search">${v(`<input type="submit" class="button primary" value="Search" ${WRITES('search')}>`, `<button type="button" class="button--primary button button--icon button--icon--search" ${WRITES('search')}><span class="button-text">Search</span></button>`)}</form></header>`;
      const reply = v(
        `<form id="QuickReply" class="quickReply"><textarea name="message" aria-label="Message"></textarea><div class="submitUnit"><input type="button" class="button" value="More Options..." ${WRITES('more')}><input type="button" class="button primary" value="Post Reply" accesskey="s" ${DONE}></div></form>`,
        `<form class="message message--quickReply js-quickReply"><textarea name="message" aria-label="Message"></textarea><div class="formButtonGroup"><button type="button" class="button--link button button--icon button--icon--preview" ${WRITES('preview')}><span class="button-text">Preview</span></button><button type="button" class="button--primary button button--icon button--icon--reply" ${DONE}><span class="button-text">Post reply</span></button></div></form>`,
      );
      return `${header}<main><h1>Best anchor for a sandy bay?</h1><article class="message"><p>Looking for advice on a 9 m boat.</p></article>${reply}</main>${OUT}`;
    }),
    body: `await page.locator('//form[@id="QuickReply"]//input[@value="Post Reply"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'form.message--quickReply button.button--primary',
  },
];

const copyHeals: Drift[] = [
  // Ebates renamed itself Rakuten in the US (2019): the cashback site's store search names it anew.
  {
    id: 'd23-placeholder-ebates-to-rakuten',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Cash back at 3,500+ stores</h1><form class="store-search"><input type="search" name="stores" placeholder="${v('Search stores on Ebates', 'Search stores on Rakuten')}"><button type="button">Search</button></form><section><h2>In-store offers</h2><input type="search" name="instore" placeholder="Search in-store offers"></section><aside><input type="search" name="deals" placeholder="Search deals"></aside></main>`,
    ),
    body: `await page.getByPlaceholder('Search stores on Ebates').fill('chandlery');\n  await expect(page.locator('input[name="stores"]')).toHaveValue('chandlery');`,
    expect: 'heal',
    target: 'input[name="stores"]',
  },
  // Currys PC World dropped "PC World" from its name and logo (2021): the header logo's alt text is the new name.
  {
    id: 'd23-alt-currys-pc-world-to-currys',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img class="logo" src="${GIF}" alt="${v('Currys PC World', 'Currys')}" width="120" height="32"></a></header><main><h1>Laptops</h1><p>Free next-day delivery on orders over £40.</p></main><footer><img class="partner" src="${GIF}" alt="Carphone Warehouse" width="80" height="24"><img class="partner" src="${GIF}" alt="Team Knowhow" width="80" height="24"></footer>`,
    ),
    body: `await expect(page.getByAltText('Currys PC World', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // Dialpad renamed UberConference "Dialpad Meetings": the calendar event's join button names it anew; the test names it twice.
  {
    id: 'd23-button-uberconference-to-dialpad-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="event"><h1>Harbour board meeting</h1><p>Thu 12 Mar · 10:00-11:00</p><div class="join"><button type="button" class="join-zoom" ${WRITES('zoom')}>Join with Zoom</button><button type="button" class="join-dialpad" ${DONE}>${v('Join with UberConference', 'Join with Dialpad Meetings')}</button><button type="button" class="join-meet" ${WRITES('meet')}>Join with Google Meet</button><button type="button" class="copy-dial-in" ${WRITES('dial-in')}>Copy dial-in number</button></div></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Join with UberConference' })).toBeEnabled();\n  await page.getByRole('button', { name: 'Join with UberConference' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.join-dialpad',
  },
  // XBMC renamed itself Kodi (2014): a media library's play-on icon's tooltip names it anew (a regular-expression title).
  {
    id: 'd23-title-xbmc-to-kodi',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>The Lighthouse Keeper (1998)</h1><p>1 h 42 min · 1080p</p><div class="play-on">${icon('play-browser', 'Play in browser', WRITES('browser'))}${icon('play-media-centre', v('Play on XBMC', 'Play on Kodi'), DONE)}${icon('play-cast', 'Play on Chromecast', WRITES('cast'))}</div></main>${OUT}`;
    }),
    body: `await page.getByTitle(/play on xbmc/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.play-media-centre',
  },
  // LogDNA renamed itself Mezmo (2022): the integrations page's heading names it anew (exact: true).
  {
    id: 'd23-heading-logdna-to-mezmo',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Log destinations</h1><section><h2 class="dest-logs">${v('LogDNA', 'Mezmo')}</h2><p>Ship application logs with an ingestion key.</p></section><section><h2>Loggly</h2><p>Ship logs over HTTPS.</p></section><section><h2>Papertrail</h2><p>Ship logs over syslog.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'LogDNA', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.dest-logs',
  },
  // Vonage folded the Nexmo name into the Vonage API Platform: a messaging tool's provider menu names it anew (a regular-expression link name).
  {
    id: 'd23-link-nexmo-to-vonage',
    kind: 'renamed text',
    ...both((v) => {
      const link = (cls: string, label: string, extra: string) => `<li><a href="#/providers/${cls}" class="prov-${cls}" ${extra}>${label}</a></li>`;
      return `<main><h1>SMS providers</h1><nav aria-label="Providers"><ul>${link('twilio', 'Twilio', WRITES('twilio'))}${link('vonage', v('Nexmo', 'Vonage'), DONE)}${link('plivo', 'Plivo', WRITES('plivo'))}${link('sinch', 'Sinch', WRITES('sinch'))}</ul></nav></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^nexmo$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.prov-vonage',
  },
  // car2go and DriveNow merged as SHARE NOW (2019): a travel profile's car-sharing field is labelled anew.
  {
    id: 'd23-label-car2go-to-share-now',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Travel profile</h1><form><fieldset><legend>Car sharing</legend><label for="cs">${v('car2go member number', 'SHARE NOW member number')}</label><input id="cs" name="carsharing"><label for="zc">Zipcar member number</label><input id="zc" name="zipcar"></fieldset><fieldset><legend>Bikes</legend><label for="nb">Nextbike customer number</label><input id="nb" name="nextbike"></fieldset></form></main>`,
    ),
    body: `await page.getByLabel('car2go member number').fill('SN-4410-2291');\n  await expect(page.locator('#cs')).toHaveValue('SN-4410-2291');`,
    expect: 'heal',
    target: '#cs',
  },
  // Apple renamed Apple Pay Cash "Apple Cash" (2019): the wallet page's card list names it anew.
  {
    id: 'd23-text-apple-pay-cash-to-apple-cash',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Wallet &amp; Apple Pay</h1><ul class="cards"><li><span class="card-name card-cash">${v('Apple Pay Cash', 'Apple Cash')}</span><span class="card-balance">$42.10</span></li><li><span class="card-name">Apple Card</span><span class="card-balance">$318.55</span></li><li><span class="card-name">Harbour Credit Union Visa</span></li></ul><button type="button">Add card</button><p>Apple Pay is set up on this device.</p></main>`,
    ),
    body: `await expect(page.getByText('Apple Pay Cash')).toBeVisible();`,
    expect: 'heal',
    target: '.card-cash',
  },
];

const chainHeals: Drift[] = [
  // Google replaced Play Movies & TV with "Google TV" (September 2020): the apps menu names it anew (the chain's last step drifts).
  {
    id: 'd23-chain-play-movies-to-google-tv',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="app-${cls}" ${extra}>${label}</a></li>`;
      return `<header><nav aria-label="Google apps"><ul>${app('play-store', 'Play Store', WRITES('store'))}${app('books', 'Play Books', WRITES('books'))}${app('movies', v('Play Movies &amp; TV', 'Google TV'), DONE)}${app('games', 'Play Games', WRITES('games'))}${app('youtube', 'YouTube', WRITES('youtube'))}</ul></nav></header><main><h1>Library</h1><p>Films you bought: 12</p><a href="#/movies/library" ${WRITES('library')}>Your movies &amp; TV shows</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Google apps' })\n    .getByRole('link', { name: 'Play Movies & TV' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.app-movies',
  },
  // MessageBird renamed itself Bird (February 2024): the notification settings' provider buttons name it anew (page object, the chain's last step drifts).
  {
    id: 'd23-chain-po-messagebird-to-bird',
    kind: 'multi-line chain',
    ...both((v) => {
      const provider = (cls: string, name: string, extra: string) => `<li class="provider"><span>${name}</span><button type="button" class="connect-${cls}" ${extra}>Connect ${name}</button></li>`;
      return `<main><h1>Notification settings</h1><button type="button" class="connect-email" ${WRITES('email')}>Connect email</button><section aria-label="SMS providers" class="providers"><h2>SMS providers</h2><ul>${provider('twilio', 'Twilio', WRITES('twilio'))}${provider('bird', v('MessageBird', 'Bird'), DONE)}${provider('sinch', 'Sinch', WRITES('sinch'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { NotificationSettingsPage } from './notification-settings-page';`,
    files: {
      'notification-settings-page.ts': `import type { Page } from '@playwright/test';

export class NotificationSettingsPage {
  constructor(readonly page: Page) {}

  async connectSmsProvider() {
    await this.page
      .getByRole('region', { name: 'SMS providers' })
      .getByRole('button', { name: 'Connect MessageBird' })
      .click();
  }

  async connectTwilio() {
    await this.page
      .getByRole('region', { name: 'SMS providers' })
      .getByRole('button', { name: 'Connect Twilio' })
      .click();
  }
}
`,
    },
    body: `await new NotificationSettingsPage(page).connectSmsProvider();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.providers button.connect-bird',
  },
];

const refuseRemoved: Drift[] = [
  // Twitter shut Revue down (January 18, 2023): a newsletter tool's importers lost it; the other importers stay and a notice names it.
  {
    id: 'd23-refuse-revue-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const imp = (cls: string, label: string, extra: string) => `<button type="button" class="import-${cls}" ${extra}>${label}</button>`;
      return `<main><h1>Import subscribers</h1><div class="importers">${imp('substack', 'Import from Substack', WRITES('substack'))}${imp('mailchimp', 'Import from Mailchimp', WRITES('mailchimp'))}${v(imp('revue', 'Import from Revue', DONE), '')}${imp('csv', 'Upload a CSV', WRITES('csv'))}</div>${v('', '<p class="notice">Revue shut down on January 18, 2023. Export your list as a CSV instead.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Import from Revue' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // InVision shut its services down (December 31, 2024): a handoff tool's importers lost it; Figma and Sketch stay.
  {
    id: 'd23-refuse-invision-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (cls: string, label: string, extra: string) => `<li><a href="#/import/${cls}" ${extra}>${label}</a></li>`;
      return `<main><h1>Add designs</h1><ul class="sources">${link('figma', 'Import from Figma', WRITES('figma'))}${link('sketch', 'Import from Sketch', WRITES('sketch'))}${v(link('invision', 'Import from InVision', DONE), '')}${link('upload', 'Upload images', WRITES('upload'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Import from InVision' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Microsoft shut Mixer down (July 22, 2020): a streaming app's destinations lost it; Twitch, YouTube and Facebook Live stay.
  {
    id: 'd23-refuse-mixer-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const dest = (value: string, label: string) => `<label><input type="checkbox" name="dest" value="${value}"> ${label}</label>`;
      return `<main><h1>Go live</h1><p>Harbour regatta · live commentary</p><fieldset><legend>Stream to</legend>${dest('twitch', 'Twitch')}${dest('youtube', 'YouTube')}${v(dest('mixer', 'Mixer'), '')}${dest('facebook', 'Facebook Live')}</fieldset><button type="button">Start streaming</button></main>`;
    }),
    body: `await page.getByRole('checkbox', { name: 'Mixer' }).check();\n  await expect(page.locator('input[value="mixer"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Under Armour shut Endomondo down (December 31, 2020): a training app's connected services lost it; Strava and Garmin Connect stay.
  {
    id: 'd23-refuse-endomondo-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const svc = (cls: string, name: string, extra: string) => `<li class="service"><span>${name}</span><button type="button" class="connect-${cls}" ${extra}>Connect ${name}</button></li>`;
      return `<main><h1>Connected services</h1><ul>${svc('strava', 'Strava', WRITES('strava'))}${v(svc('endomondo', 'Endomondo', DONE), '')}${svc('garmin', 'Garmin Connect', WRITES('garmin'))}</ul><p>Workouts sync every hour.</p></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Connect Endomondo' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Omnivore shut down (November 2024): a browser extension's read-later menu lost it; Instapaper and Readwise stay.
  {
    id: 'd23-refuse-omnivore-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main><h1>Tide tables explained</h1><p>An introduction to reading tide tables.</p><div role="menu" aria-label="Save for later">${item('Save to Instapaper', WRITES('instapaper'))}${v(item('Save to Omnivore', DONE), '')}${item('Save to Readwise', WRITES('readwise'))}${item('Copy link', WRITES('copy'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Save to Omnivore' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The account already watches the listing (fixture change): Reverb shows "Remove from Watch List" where "Add to Watch List" was.
  {
    id: 'd23-refuse-reverb-watch-list-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main class="listing"><h1>1972 Fender Telecaster Thinline</h1><p class="price">$3,450</p><div class="listing-actions"><button type="button" ${WRITES('cart')}>Add to Cart</button><button type="button" ${WRITES('offer')}>Make an Offer</button><button type="button" class="watch" ${v(DONE, WRITES('unwatch'))}>${v('Add to Watch List', 'Remove from Watch List')}</button></div><p>38 people are watching this listing</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to Watch List' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The row is locked (fixture change): Smartsheet's row menu shows "Unlock Row" where "Lock Row" was; the opposite action.
  {
    id: 'd23-refuse-smartsheet-lock-row-now-unlock',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main><h1>Berth maintenance 2026</h1><table aria-label="Sheet"><tr><th>Task</th><th>Owner</th></tr><tr class="selected"><td>Replace pontoon B cleats</td><td>Ada</td></tr></table><div role="menu" aria-label="Row actions">${item('Insert Above', WRITES('above'))}${item('Insert Below', WRITES('below'))}${item('Delete Row', WRITES('delete'))}${item(v('Lock Row', 'Unlock Row'), v(DONE, WRITES('unlock')))}${item('Indent', WRITES('indent'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Lock Row', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The poll is closed (fixture change): Doodle shows "Reopen poll" where "Close poll" was; the opposite action.
  {
    id: 'd23-refuse-doodle-close-poll-now-reopen',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour clean-up day</h1><p>${v('8 participants · open', '8 participants · closed on Sat 7 Mar')}</p><div class="poll-actions"><button type="button" class="poll-state" ${v(DONE, WRITES('reopen'))}>${v('Close poll', 'Reopen poll')}</button><button type="button" ${WRITES('edit')}>Edit poll</button><button type="button" ${WRITES('share')}>Share invite</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Close poll' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // The parcel was delivered (fixture change): Yodel's tracking page shows another state; the message the test waits for is gone.
  {
    id: 'd23-refuse-yodel-out-for-delivery-now-delivered',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Track your parcel</h1><p>JJD000390011223344</p><ol class="steps"><li>Received</li><li>In transit</li><li>Out for delivery</li><li>Delivered</li></ol><p class="status">${v('Your parcel is out for delivery. Expected 10:00-13:00.', 'Your parcel was delivered at 11:42 and left in your safe place.')}</p></main>`,
    ),
    body: `await expect(page.getByText('Your parcel is out for delivery')).toBeVisible();`,
    expect: 'refuse',
  },
  // The order left the restaurant (fixture change): Just Eat's order page shows another state.
  {
    id: 'd23-refuse-just-eat-preparing-now-on-its-way',
    kind: 'refuse',
    ...both(
      (v) => `<main class="order"><h1>Harbour Fish Bar</h1><p class="status">${v('The restaurant is preparing your order', 'Your order is on its way')}</p><p>Estimated arrival 19:25</p><ul><li>Cod and chips × 2</li><li>Mushy peas × 1</li></ul><p>Total £24.60</p></main>`,
    ),
    body: `await expect(page.getByText('The restaurant is preparing your order')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seller dropped the price (fixture change): the Grailed listing shows another price.
  {
    id: 'd23-refuse-grailed-price-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main class="listing"><h1>Barbour Bedale wax jacket</h1><p class="designer">Barbour · Size 40</p><p class="price">${v('$180', '$150')}</p>${v('', '<p class="badge">Price drop</p>')}<p>+ $12 shipping</p><button type="button">Purchase</button><button type="button">Offer</button></main>`,
    ),
    body: `await expect(page.getByText('$180')).toBeVisible();`,
    expect: 'refuse',
  },
  // Money was added to the pot (fixture change): Monzo's pot page shows another amount.
  {
    id: 'd23-refuse-monzo-pot-balance-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Holiday pot</h1><p class="balance">${v('£240.00', '£310.00')}</p><p>Goal £1,200.00</p><p>Main account £1,004.12</p><button type="button">Add money</button><button type="button">Withdraw</button></main>`,
    ),
    body: `await expect(page.getByText('£240.00')).toBeVisible();`,
    expect: 'refuse',
  },
  // The booking was moved (fixture change): OpenTable's reservation page shows another date and time.
  {
    id: 'd23-refuse-opentable-reservation-moved',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>The Harbour Kitchen</h1><p class="when">${v('Fri, Mar 13 at 7:30 PM', 'Sat, Mar 14 at 8:00 PM')}</p><p>Party of 4 · Confirmation #81442</p><button type="button">Modify</button><button type="button">Cancel</button></main>`,
    ),
    body: `await expect(page.getByText('Fri, Mar 13 at 7:30 PM')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // The account recorded another hike since (fixture change): AllTrails shows another record in the latest-activity slot.
  {
    id: 'd23-refuse-alltrails-different-recording',
    kind: 'refuse',
    ...both((v) => {
      const rec = (name: string, detail: string, extra: string) => `<li class="recording"><a href="#/${name.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${name}</a><span>${detail}</span></li>`;
      return `<main><h1>Your activity</h1><ul class="recordings">${v(rec('Old Man of Coniston', '12.4 km · 4 h 10 min', DONE), rec('Catbells', '5.8 km · 2 h 05 min', WRITES('catbells')))}${rec('Helvellyn via Striding Edge', '14.1 km · 6 h 02 min', WRITES('helvellyn'))}</ul><p>31 recordings</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Old Man of Coniston' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Another pro was hired since (fixture change): Thumbtack's list shows another pro first; the test's pro is gone.
  {
    id: 'd23-refuse-thumbtack-different-pro',
    kind: 'refuse',
    ...both((v) => {
      const pro = (name: string, job: string, extra: string) => `<li class="pro"><h2>${name}</h2><p>${job}</p><button type="button" ${extra}>Message ${name}</button></li>`;
      return `<main><h1>Your pros</h1><ul>${v(pro('Harbour Plumbing &amp; Heating', 'Boiler service · hired 2 Mar', DONE), pro('Quayside Electrical', 'Rewire kitchen · hired 6 Mar', WRITES('quayside')))}${pro('Tidy Tides Cleaning', 'End of tenancy clean · hired 14 Feb', WRITES('tidy'))}</ul></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Message Harbour Plumbing & Heating' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Wrike's task toolbar moved Duplicate into the closed "More actions" menu.
  {
    id: 'd23-refuse-wrike-duplicate-behind-more',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" ${extra}>${label}</button>`;
      const dup = v(
        b('Duplicate', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="More actions" ${WRITES('more')}>•••</button><div role="menu" aria-label="More actions" hidden><button type="button" role="menuitem" ${WRITES('dup-hidden')}>Duplicate</button><button type="button" role="menuitem" ${WRITES('convert-hidden')}>Convert to project</button><button type="button" role="menuitem" ${WRITES('print-hidden')}>Print</button></div>`,
      );
      return `<main><h1>Replace pontoon B cleats</h1><div class="toolbar" role="toolbar" aria-label="Task">${b('Assign', WRITES('assign'))}${b('Set due date', WRITES('due'))}${b('Add subtask', WRITES('subtask'))}${dup}</div><p>Status: In progress</p></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Duplicate' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Thinkific's course settings moved the course URL field into a collapsed "Advanced settings" section.
  {
    id: 'd23-refuse-thinkific-course-url-behind-advanced',
    kind: 'refuse',
    ...both((v) => {
      const url = '<label for="slug">Course URL</label><input id="slug" name="slug">';
      return `<main><h1>Course settings</h1><form><label for="title">Course title</label><input id="title" name="title" value="Coastal Navigation Masterclass"><label for="subtitle">Course subtitle</label><input id="subtitle" name="subtitle">${v(url, `<details class="advanced"><summary>Advanced settings</summary>${url}<label for="seo">SEO title</label><input id="seo" name="seo"></details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Course URL').fill('coastal-navigation');\n  await expect(page.locator('#slug')).toHaveValue('coastal-navigation');`,
    expect: 'refuse',
  },
  // The form's owner removed the required company field (fixture change): the Typeform no longer asks for it.
  {
    id: 'd23-refuse-typeform-company-field-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Request a quote</h1><form><label for="name">Your name</label><input id="name" name="name" required><label for="email">Work email</label><input id="email" name="email" type="email" required>${v('<label for="company">Company name</label><input id="company" name="company" required>', '')}<label for="size">Fleet size</label><input id="size" name="size"><button type="button">Submit</button></form></main>`,
    ),
    body: `await page.getByLabel('Company name').fill('Harbour Charters Ltd');\n  await expect(page.locator('input[name="company"]')).toHaveValue('Harbour Charters Ltd');`,
    expect: 'refuse',
  },
  // The free plan's limit was reached (fixture change): Framer's "Publish" now opens the upgrade dialog instead of publishing.
  {
    id: 'd23-refuse-framer-publish-now-upgrade',
    kind: 'refuse',
    ...both(
      (v) => `<header class="editor-bar"><span>harbour-charters.framer.website</span><button type="button" ${WRITES('preview')}>Preview</button><button type="button" class="publish" ${v(DONE, WRITES('upgrade'))}>Publish</button></header><main><h1>Home</h1>${v('', '<p class="plan">Free plan · 2 of 2 sites published</p>')}</main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Publish' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The app stopped showing its onboarding checklist: `.onboarding-checklist__close` finds nothing; the only close buttons left belong to a toast and the help panel.
  {
    id: 'd23-refuse-onboarding-checklist-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<aside class="onboarding-checklist onboarding-checklist--open"><p class="onboarding-checklist__title">Get started: 2 of 5 done</p><button type="button" class="onboarding-checklist__close" aria-label="Close" ${DONE}>×</button></aside>`, '')}<header><a href="#/">Harbour Desk</a></header><main><h1>Dashboard</h1><p>3 open tickets</p></main><div class="toast toast--success" role="status"><p class="toast__text">Settings saved</p><button type="button" class="toast__close" aria-label="Close" ${WRITES('toast')}>×</button></div><aside class="help-panel"><p class="help-panel__title">Help</p><button type="button" class="help-panel__close" aria-label="Close" ${WRITES('help')}>×</button></aside>${OUT}`,
    ),
    body: `await page.locator('.onboarding-checklist__close').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_23_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
