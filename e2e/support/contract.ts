import type { APIRequestContext } from '@playwright/test';
import { expect } from '../fixtures.js';
import { apiUrl, authHeaders } from './api.js';
import { type OpenApiDocument, responseSchema, schemaErrors } from './openapi-schema.js';

/** The deployment's own OpenAPI document: contracts are checked against what the API says it serves. */
export async function loadOpenApi(request: APIRequestContext): Promise<OpenApiDocument> {
  const response = await request.get(apiUrl('/openapi.json'));
  await expect(response).toBeOK();
  return (await response.json()) as OpenApiDocument;
}

/** Asserts that `body` is what the document promises for `method path` answering `status`. */
export function expectDocumented(doc: OpenApiDocument, method: string, path: string, status: number, body: unknown): void {
  expect(schemaErrors(doc, responseSchema(doc, path, method, status), body), `${method.toUpperCase()} ${path} ${status} body vs the OpenAPI schema`).toEqual([]);
}

/** Calls the API with the stored access token and requires a 2xx answer. */
export async function callApi(request: APIRequestContext, method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<{ status: number; body: unknown; location?: string }> {
  const response = await request[method](apiUrl(path), { headers: authHeaders(), data });
  await expect(response).toBeOK();
  return { status: response.status(), body: await response.json(), location: response.headers().location };
}
