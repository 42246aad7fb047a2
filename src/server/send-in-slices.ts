import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RequestHandler, Response } from 'express';

/** Slices of a large response body, with a turn of the event loop between each. */
export const SLICE_BYTES = 64 * 1024;

/**
 * Sends a response body larger than `sliceBytes` in slices of that size, yielding the event loop
 * between slices (and waiting for `drain` when the socket's buffer is full), so one client's
 * megabytes do not hold up every other request's answer while they are written. Bodies and
 * headers are those `res.send` would send: the same bytes, Content-Type and Content-Length.
 * A 304 (fresh), a HEAD or a small body goes through `res.send` as before.
 */
export function sendInSlices(sliceBytes = SLICE_BYTES): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const small = typeof body !== 'string' || body.length <= sliceBytes;
      if (small || req.method === 'HEAD' || [204, 304].includes(res.statusCode) || req.fresh) {
        return send(body);
      }
      // As res.send does for a string: HTML unless typed, and always a charset.
      const type = res.get('Content-Type');
      if (typeof type !== 'string') res.type('html');
      else if (!/;\s*charset=/i.test(type)) res.set('Content-Type', `${type}; charset=utf-8`);
      const bytes = Buffer.from(body, 'utf8');
      res.setHeader('Content-Length', bytes.length);
      void writeInSlices(res, bytes, sliceBytes);
      return res;
    };
    next();
  };
}

/** Writes `bytes` to `res` slice by slice and ends it; stops if the client goes away. */
export async function writeInSlices(res: Response, bytes: Buffer, sliceBytes: number) {
  let gone = false;
  res.once('close', () => (gone = true));
  for (let offset = 0; offset < bytes.length && !gone; offset += sliceBytes) {
    const flushed = res.write(bytes.subarray(offset, offset + sliceBytes));
    if (!flushed && !gone) await drainedOrClosed(res);
    else await nextTurn();
  }
  res.end();
}

/** Resolves when the socket's buffer has drained or the response closed; leaves no listener. */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
