import { h, type SafeHtml } from './html.js';

export type NavSection = 'dashboard' | 'customers' | 'work-orders' | 'reports' | 'none';

const NAV: [NavSection, string, string][] = [
  ['dashboard', '/dashboard', 'Dashboard'],
  ['customers', '/customers', 'Customers'],
  ['work-orders', '/work-orders', 'Work orders'],
  ['reports', '/reports', 'Reports'],
];

interface PageOptions {
  title: string;
  /** `data-page` on <body>; the app script keys page behaviour on it. */
  page: string;
  section: NavSection;
  /** The signed-in user; pages without one (login, errors) get no navigation. */
  userEmail?: string;
  body: SafeHtml;
}

/** The HTML shell every page shares: one stylesheet and one script from this origin, no inline code. */
export function layout(opts: PageOptions): string {
  const nav = opts.userEmail
    ? h`<header class="topbar">
  <span class="brand">Septic CRM</span>
  <nav aria-label="Main"><ul>${NAV.map(
    ([section, href, label]) => h`<li><a href="${href}"${section === opts.section ? h` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
  <form method="post" action="/logout" class="signout"><span class="user">${opts.userEmail}</span> <button type="submit" class="btn-link">Sign out</button></form>
</header>`
    : h`<header class="topbar"><span class="brand">Septic CRM</span></header>`;
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · Septic CRM</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body data-page="${opts.page}">
<a class="skip-link" href="#main">Skip to content</a>
${nav}
<main id="main">
${opts.body}
</main>
</body>
</html>
`.value;
}
