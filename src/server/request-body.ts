import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';

/** A request that cannot be read: answered with `status` in the API's error shape. */
export class UnreadableRequestError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableRequestError';
  }
}

const DECODERS: Record<string, (() => Transform) | null> = {
  identity: null,
  gzip: () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The JSON body of a POST, as express.json() read it: only for `application/json` (another
 * type gives `undefined`, and Apollo answers that in its own words), UTF-8, gzip/deflate/br
 * inflated, at most `limitBytes` once inflated, an object or array at the top.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const [type = '', ...parameters] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') {
    req.resume();
    return undefined;
  }
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    req.resume();
    throw new UnreadableRequestError(415, `unsupported charset "${charset.toUpperCase()}"`);
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder = DECODERS[encoding];
  if (decoder === undefined) {
    req.resume();
    throw new UnreadableRequestError(415, `unsupported content encoding "${encoding}"`);
  }
  const declared = Number(req.headers['content-length']);
  if (decoder === null && declared > limitBytes) {
    req.resume();
    throw new UnreadableRequestError(413, 'request entity too large');
  }
  const text = await readText(req, decoder?.(), limitBytes);
  // As express.json(): an empty body is an empty object (which Apollo refuses in its own words).
  if (text.trim() === '') return {};
  if (!/^\s*[[{]/.test(text)) {
    throw new UnreadableRequestError(400, `the body is not a JSON object or array`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnreadableRequestError(400, (error as Error).message);
  }
}

/** The stream's bytes as UTF-8 text; 413 as soon as they pass `limitBytes`. */
function readText(
  req: IncomingMessage,
  decoder: Transform | undefined,
  limitBytes: number,
): Promise<string> {
  const stream = decoder ? req.pipe(decoder) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: UnreadableRequestError) => {
      stream.removeAllListeners('data').removeAllListeners('end');
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      // The rest of the request is read and dropped, so the connection can carry the answer.
      req.resume();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) fail(new UnreadableRequestError(413, 'request entity too large'));
      else chunks.push(chunk);
    });
    stream.once('error', (error: Error) =>
      fail(new UnreadableRequestError(400, `the body could not be decoded: ${error.message}`)),
    );
    stream.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
  });
}
