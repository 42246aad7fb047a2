import type { ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Slices of a large response body, with a turn of the event loop between each. */
export const SLICE_BYTES = 64 * 1024;

/**
 * Ends `res` with `body` and its Content-Length. A body larger than `sliceBytes` goes in slices
 * of that size, yielding the event loop between slices (and waiting for `drain` when the
 * socket's buffer is full), so one client's megabytes do not hold up every other request's
 * answer while they are written. The bytes are the same either way; only the writes differ.
 */
export function sendBody(res: ServerResponse, body: string, sliceBytes = SLICE_BYTES): void {
  if (body.length <= sliceBytes) {
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
    return;
  }
  const bytes = Buffer.from(body, 'utf8');
  res.setHeader('content-length', bytes.length);
  void writeInSlices(res, bytes, sliceBytes);
}

/** Writes `bytes` to `res` slice by slice and ends it; stops if the client goes away. */
export async function writeInSlices(res: ServerResponse, bytes: Buffer, sliceBytes: number) {
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
function drainedOrClosed(res: ServerResponse): Promise<void> {
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
