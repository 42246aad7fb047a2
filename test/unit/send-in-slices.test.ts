import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendBody } from '../../src/server/send-in-slices';

/**
 * A large body sent in slices is the body one `res.end` sends, byte for byte and with the same
 * headers, even when slices cut through multi-byte characters; only its writes differ.
 */
const SLICE = 1024;
// ~300 kB of JSON with 3-byte Japanese and 4-byte astral characters, so slices split characters.
const BODY = JSON.stringify({
  data: Array.from({ length: 4000 }, (_, i) => ({ id: i, name: `日本国と𠮷野家 ${i}`, x: 'A&B' })),
});

let server: http.Server;
let base: string;
const writes: Record<string, number> = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      writes[url.pathname] = (writes[url.pathname] ?? 0) + 1;
      return write(...args);
    }) as typeof res.write;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    const body = url.searchParams.has('small') ? '{"data":{}}' : BODY;
    if (url.pathname === '/sliced') return sendBody(res, body, SLICE);
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function get(path: string) {
  const response = await fetch(base + path);
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    length: response.headers.get('content-length'),
    bytes,
  };
}

describe('sending a large response in slices', () => {
  it('sends the same bytes and headers as one res.end', async () => {
    const [plain, sliced] = await Promise.all([get('/plain'), get('/sliced')]);
    expect(sliced.bytes.equals(plain.bytes)).toBe(true);
    expect(sliced.bytes.toString('utf8')).toBe(BODY);
    expect({ ...sliced, bytes: undefined }).toStrictEqual({ ...plain, bytes: undefined });
    expect(sliced.type).toBe('application/json; charset=utf-8');
    expect(Number(sliced.length)).toBe(Buffer.byteLength(BODY));
  });

  it('writes a large body slice by slice, and a small one at once', async () => {
    delete writes['/sliced'];
    await get('/sliced');
    expect(writes['/sliced']).toBe(Math.ceil(Buffer.byteLength(BODY) / SLICE));
    delete writes['/sliced'];
    const small = await get('/sliced?small=1');
    expect(small.bytes.toString()).toBe('{"data":{}}');
    expect(writes['/sliced']).toBeUndefined();
  });
});
