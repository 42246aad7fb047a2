import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { BODY_LIMIT } from '../limits';
import type { Logger } from './logger';

/** What went wrong before GraphQL saw a request: an HTTP status and, for a 4xx, the reason. */
interface HttpFailure {
  readonly status?: number;
  readonly message?: string;
  readonly stack?: string;
}

/**
 * Answers an error raised before GraphQL sees a request (a body that is not JSON, one over the
 * size limit, an unsupported encoding) in the API's error shape, with a code and without
 * internals; a 5xx is logged with its cause.
 */
export function sendHttpError(
  res: ServerResponse,
  error: HttpFailure,
  development: boolean,
  logger?: Logger,
): void {
  const status =
    typeof error.status === 'number' && error.status >= 400 && error.status < 600
      ? error.status
      : 500;
  if (status >= 500) logger?.error({ err: error }, 'internal error before GraphQL');
  const code =
    status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413
      ? `The request body is larger than ${BODY_LIMIT.label}`
      : status < 500
        ? `The request could not be read: ${error.message ?? 'bad request'}`
        : 'Internal server error';
  const body = JSON.stringify({
    errors: [
      {
        message,
        extensions: {
          code,
          ...(development && error.stack ? { stacktrace: error.stack.split('\n') } : {}),
        },
      },
    ],
  });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** The same answer for what Express itself fails to read (the pages' routes). */
export function httpErrorHandler(development: boolean, logger?: Logger): ErrorRequestHandler {
  return (error: HttpFailure, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendHttpError(res, error, development, logger);
  };
}
