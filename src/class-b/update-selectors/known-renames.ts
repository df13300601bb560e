// Class renames that popular CSS frameworks, icon sets and component libraries published in their
// migration guides: a release that upgrades one renames these on every element at once, and no
// similarity of the names links them (`panel` -> `card`, `fa-times` -> `fa-xmark`, `sr-only` ->
// `visually-hidden`). Only renames of one class to another that keeps the element's meaning; classes
// the guides replaced by a mix of utilities (`form-group`, `btn-block`, `jumbotron`) are left out, as
// are generic words (Bootstrap 3's `label`), since the page's own `label` class would match them.
// Sources: the Bootstrap 4 and 5 migration guides, Font Awesome's 4 -> 5 and 5 -> 6 rename lists, the
// Angular Material 15 (MDC) and Vuetify 3 upgrade guides.

const COLORS = ['primary', 'secondary', 'success', 'danger', 'warning', 'info', 'light', 'dark'];

/** Exact renames: old class -> its new name(s), with the library that renamed it. */
const TABLE: ReadonlyMap<string, { to: readonly string[]; by: string }> = (() => {
  const table = new Map<string, { to: string[]; by: string }>();
  const add = (by: string, pairs: Record<string, string | string[]>) => {
    for (const [from, to] of Object.entries(pairs)) {
      const was = table.get(from);
      const list = Array.isArray(to) ? to : [to];
      if (was) was.to.push(...list.filter((t) => !was.to.includes(t)));
      else table.set(from, { to: [...list], by });
    }
  };
  add('Bootstrap 4', {
    panel: 'card', 'panel-heading': 'card-header', 'panel-title': 'card-title', 'panel-body': 'card-body', 'panel-footer': 'card-footer',
    well: 'card', thumbnail: 'card', 'btn-default': 'btn-secondary', 'btn-xs': 'btn-sm', 'img-responsive': 'img-fluid',
    'img-rounded': 'rounded', 'img-circle': 'rounded-circle', 'pull-right': 'float-right', 'pull-left': 'float-left',
    'center-block': 'mx-auto', 'help-block': 'form-text', 'control-label': 'col-form-label', 'input-lg': 'form-control-lg',
    'input-sm': 'form-control-sm', 'table-condensed': 'table-sm', 'navbar-default': 'navbar-light', 'navbar-inverse': 'navbar-dark',
    'navbar-toggle': 'navbar-toggler', 'nav-stacked': 'flex-column', 'has-error': 'is-invalid', 'has-success': 'is-valid',
    'label-default': 'badge-secondary', ...Object.fromEntries(COLORS.map((c) => [`label-${c}`, `badge-${c}`])),
  });
  add('Bootstrap 5', {
    'float-left': 'float-start', 'float-right': 'float-end', 'text-left': 'text-start', 'text-right': 'text-end',
    'border-left': 'border-start', 'border-right': 'border-end', 'rounded-left': 'rounded-start', 'rounded-right': 'rounded-end',
    'dropdown-menu-left': 'dropdown-menu-start', 'dropdown-menu-right': 'dropdown-menu-end', 'dropleft': 'dropstart', 'dropright': 'dropend',
    'badge-pill': 'rounded-pill', 'font-weight-bold': 'fw-bold', 'font-weight-bolder': 'fw-bolder', 'font-weight-normal': 'fw-normal',
    'font-weight-light': 'fw-light', 'font-weight-lighter': 'fw-lighter', 'font-italic': 'fst-italic', 'text-monospace': 'font-monospace',
    'sr-only': 'visually-hidden', 'sr-only-focusable': 'visually-hidden-focusable', 'custom-select': 'form-select',
    'custom-select-sm': 'form-select-sm', 'custom-select-lg': 'form-select-lg', 'custom-control-input': 'form-check-input',
    'custom-control-label': 'form-check-label', 'custom-checkbox': 'form-check', 'custom-radio': 'form-check', 'custom-switch': 'form-switch',
    'custom-range': 'form-range', 'form-control-range': 'form-range', 'form-control-file': 'form-control', 'custom-file-input': 'form-control',
    close: 'btn-close', 'no-gutters': 'g-0', 'embed-responsive': 'ratio', 'embed-responsive-item': 'ratio-item',
    'embed-responsive-16by9': 'ratio-16x9', 'embed-responsive-4by3': 'ratio-4x3', 'embed-responsive-21by9': 'ratio-21x9', 'embed-responsive-1by1': 'ratio-1x1',
    'input-group-append': 'input-group-text', 'input-group-prepend': 'input-group-text',
    ...Object.fromEntries(COLORS.map((c) => [`badge-${c}`, `bg-${c}`])),
  });
  add('Font Awesome 5', {
    'fa-trash-o': 'fa-trash-alt', 'fa-pencil': 'fa-pencil-alt', 'fa-floppy-o': 'fa-save', 'fa-sign-out': 'fa-sign-out-alt', 'fa-sign-in': 'fa-sign-in-alt',
    'fa-external-link': 'fa-external-link-alt', 'fa-file-text-o': 'fa-file-alt', 'fa-calendar': 'fa-calendar-alt', 'fa-clock-o': 'fa-clock',
    'fa-envelope-o': 'fa-envelope', 'fa-heart-o': 'fa-heart', 'fa-star-o': 'fa-star', 'fa-check-square-o': 'fa-check-square', 'fa-square-o': 'fa-square',
    'fa-circle-o': 'fa-circle', 'fa-refresh': 'fa-sync', 'fa-repeat': 'fa-redo', 'fa-gear': 'fa-cog', 'fa-gears': 'fa-cogs', 'fa-bar-chart': 'fa-chart-bar',
    'fa-line-chart': 'fa-chart-line', 'fa-area-chart': 'fa-chart-area', 'fa-pie-chart': 'fa-chart-pie', 'fa-dashboard': 'fa-tachometer-alt',
    'fa-remove': 'fa-times', 'fa-close': 'fa-times', 'fa-mail-forward': 'fa-share', 'fa-map-marker': 'fa-map-marker-alt', 'fa-comment-o': 'fa-comment',
  });
  add('Font Awesome 6', {
    'fa-trash-alt': 'fa-trash-can', 'fa-times': 'fa-xmark', 'fa-times-circle': 'fa-circle-xmark', 'fa-edit': 'fa-pen-to-square',
    'fa-search': 'fa-magnifying-glass', 'fa-search-plus': 'fa-magnifying-glass-plus', 'fa-search-minus': 'fa-magnifying-glass-minus',
    'fa-cog': 'fa-gear', 'fa-cogs': 'fa-gears', 'fa-home': 'fa-house', 'fa-sign-out-alt': 'fa-right-from-bracket', 'fa-sign-in-alt': 'fa-right-to-bracket',
    'fa-external-link-alt': 'fa-up-right-from-square', 'fa-shopping-cart': 'fa-cart-shopping', 'fa-check-circle': 'fa-circle-check',
    'fa-exclamation-circle': 'fa-circle-exclamation', 'fa-exclamation-triangle': 'fa-triangle-exclamation', 'fa-info-circle': 'fa-circle-info',
    'fa-question-circle': 'fa-circle-question', 'fa-plus-circle': 'fa-circle-plus', 'fa-minus-circle': 'fa-circle-minus', 'fa-user-circle': 'fa-circle-user',
    'fa-sync': 'fa-arrows-rotate', 'fa-sync-alt': 'fa-rotate', 'fa-redo': 'fa-arrow-rotate-right', 'fa-undo': 'fa-arrow-rotate-left',
    'fa-save': 'fa-floppy-disk', 'fa-pencil-alt': 'fa-pencil', 'fa-ellipsis-h': 'fa-ellipsis', 'fa-ellipsis-v': 'fa-ellipsis-vertical',
    'fa-map-marker-alt': 'fa-location-dot', 'fa-file-alt': 'fa-file-lines', 'fa-calendar-alt': 'fa-calendar-days', 'fa-comment-alt': 'fa-message',
    'fa-tachometer-alt': 'fa-gauge-high', 'fa-volume-up': 'fa-volume-high', 'fa-volume-mute': 'fa-volume-xmark', 'fa-cloud-upload-alt': 'fa-cloud-arrow-up',
    'fa-cloud-download-alt': 'fa-cloud-arrow-down', 'fa-shield-alt': 'fa-shield-halved', 'fa-history': 'fa-clock-rotate-left', 'fa-th': 'fa-table-cells',
    'fa-th-large': 'fa-table-cells-large', 'fa-th-list': 'fa-table-list', 'fa-columns': 'fa-table-columns', 'fa-trash-restore': 'fa-trash-arrow-up',
    'fa-share-square': 'fa-share-from-square', 'fa-plus-square': 'fa-square-plus', 'fa-minus-square': 'fa-square-minus', 'fa-check-square': 'fa-square-check',
    'fa-file-download': 'fa-file-arrow-down', 'fa-file-upload': 'fa-file-arrow-up', 'fa-user-friends': 'fa-user-group', 'fa-user-edit': 'fa-user-pen',
    'fa-user-cog': 'fa-user-gear', 'fa-play-circle': 'fa-circle-play', 'fa-pause-circle': 'fa-circle-pause', 'fa-stop-circle': 'fa-circle-stop',
    'fa-arrow-circle-right': 'fa-circle-arrow-right', 'fa-arrow-circle-left': 'fa-circle-arrow-left', 'fa-mobile-alt': 'fa-mobile-screen-button',
    'fa-list-alt': 'fa-rectangle-list', 'fa-hamburger': 'fa-burger', 'fa-tshirt': 'fa-shirt', 'fa-hand-paper': 'fa-hand', 'fa-star-half-alt': 'fa-star-half-stroke',
  });
  add('Angular Material 15 (MDC)', {
    'mat-tab-label': 'mat-mdc-tab', 'mat-tab-label-active': 'mdc-tab--active', 'mat-flat-button': 'mat-mdc-unelevated-button',
    'mat-stroked-button': 'mat-mdc-outlined-button', 'mat-error': 'mat-mdc-form-field-error', 'mat-hint': 'mat-mdc-form-field-hint',
  });
  add('Vuetify 3', {
    'v-btn--contained': 'v-btn--variant-elevated', 'v-btn--outlined': 'v-btn--variant-outlined', 'v-btn--text': 'v-btn--variant-text', 'v-btn--depressed': 'v-btn--variant-flat',
    'v-btn--plain': 'v-btn--variant-plain', 'v-data-table__wrapper': 'v-table__wrapper',
  });
  return table;
})();

/** Rules for whole families: the new name of `from`, or undefined. */
const FAMILY_RULES: { by: string; rename: (from: string) => string | undefined }[] = [
  // Bootstrap 5's logical spacing: `ml-3`, `mr-md-auto`, `pl-lg-0` -> `ms-3`, `me-md-auto`, `ps-lg-0`.
  { by: 'Bootstrap 5', rename: (c) => /^[mp][lr]-(?:(?:sm|md|lg|xl|xxl)-)?(?:[0-5]|n[1-5]|auto)$/.test(c) ? `${c[0]}${c[1] === 'l' ? 's' : 'e'}${c.slice(2)}` : undefined },
  // Bootstrap 5's responsive float and text alignment: `float-md-left` -> `float-md-start`.
  { by: 'Bootstrap 5', rename: (c) => /^(?:float|text)-(?:sm|md|lg|xl|xxl)-(?:left|right)$/.test(c) ? c.replace(/left$/, 'start').replace(/right$/, 'end') : undefined },
  // Angular Material 15 (MDC): `mat-form-field` -> `mat-mdc-form-field`.
  { by: 'Angular Material 15 (MDC)', rename: (c) => /^mat-(?!mdc-)[a-z][a-z-]{1,40}$/.test(c) ? `mat-mdc-${c.slice(4)}` : undefined },
  // Vuetify 3: the BEM elements of components became components (`v-list-item__title` -> `v-list-item-title`).
  { by: 'Vuetify 3', rename: (c) => /^v-[a-z][a-z-]{1,40}__[a-z][a-z-]{1,40}$/.test(c) ? c.replace('__', '-') : undefined },
];

/** The library whose published migration renamed class `from` to `to`, or undefined. */
export function knownRename(from: string, to: string): string | undefined {
  const entry = TABLE.get(from);
  if (entry?.to.includes(to)) return entry.by;
  for (const rule of FAMILY_RULES) if (rule.rename(from) === to) return rule.by;
  return undefined;
}

/** The new names a migration gave class `from` (for candidates no similarity would offer). */
export function knownRenamesOf(from: string): readonly string[] {
  const out = [...(TABLE.get(from)?.to ?? [])];
  for (const rule of FAMILY_RULES) {
    const to = rule.rename(from);
    if (to !== undefined && !out.includes(to)) out.push(to);
  }
  return out;
}
