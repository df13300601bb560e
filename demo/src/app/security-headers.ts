import type { ServerResponse } from 'node:http';

/** Everything the pages need comes from this origin: no inline script, no external assets. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sets the headers every answer carries. With the `security-header-missing` fault the CSP and
 * X-Frame-Options go missing, as after a bad proxy or middleware change.
 */
export function applySecurityHeaders(res: ServerResponse, headerFault: boolean): void {
  if (!headerFault) {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Frame-Options', 'DENY');
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Not no-referrer: with it, browsers send `Origin: null` on form posts and the origin check refuses them.
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}
