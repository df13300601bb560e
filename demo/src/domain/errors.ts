/** One invalid input field, as the API reports it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** An error with the HTTP status a client should see; everything else is a 500. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly options: { details?: FieldIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}

export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
  constructor(message = 'Not Found') {
    super(404, message);
  }
}

export class ConflictError extends HttpError {
  override name = 'ConflictError';
  constructor(message: string) {
    super(409, message);
  }
}

export class ValidationError extends HttpError {
  override name = 'ValidationError';
  constructor(readonly details: FieldIssue[]) {
    super(400, 'validation failed', { details });
  }
}
