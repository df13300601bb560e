/** HTTP methods the demo routes. */
export type Method = 'GET' | 'POST' | 'PUT';

/** The part of a route the router needs: a method and an OpenAPI-style template such as `/api/v1/customers/{id}`. */
export interface RouteShape {
  method: Method;
  path: string;
}

export type RouteMatch<R> =
  | { kind: 'found'; route: R; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: Method[] }
  | { kind: 'not-found' };

interface Compiled<R> {
  route: R;
  pattern: RegExp;
  names: string[];
}

function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param?.[1]) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Matches a method and path against a fixed table of routes; knows 404 from 405. */
export class Router<R extends RouteShape> {
  private readonly compiled: Compiled<R>[];

  constructor(readonly routes: readonly R[]) {
    this.compiled = routes.map((route) => ({ route, ...compile(route.path) }));
  }

  match(method: string, pathname: string): RouteMatch<R> {
    const allow: Method[] = [];
    for (const { route, pattern, names } of this.compiled) {
      const m = pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allow.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { kind: 'found', route, params };
    }
    return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
