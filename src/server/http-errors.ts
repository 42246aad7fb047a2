import type { ErrorRequestHandler } from 'express';
import { BODY_LIMIT } from '../limits';
import type { Logger } from './logger';

/**
 * Errors raised before GraphQL sees a request (a body that is not JSON, one over the size limit)
 * answered in the API's error shape, with a code and without internals.
 */
export function httpErrorHandler(development: boolean, logger?: Logger): ErrorRequestHandler {
  return (
    error: { status?: number; type?: string; message?: string; stack?: string },
    _req,
    res,
    next,
  ) => {
    if (res.headersSent) return next(error);
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
    res.status(status).json({
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
  };
}
