import { h } from '../html.js';
import { layout } from '../layout.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Page not found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A plain error page; 500s say exactly "500 Internal Server Error", as a broken instance would. */
export function errorPage(status: number, message: string, userEmail?: string): string {
  const title = `${status} ${TITLES[status] ?? 'Error'}`;
  return layout({
    title,
    page: 'error',
    section: 'none',
    userEmail,
    body: h`<h1>${title}</h1>
<p>${message}</p>
<p><a href="/dashboard">Back to the dashboard</a></p>`,
  });
}
