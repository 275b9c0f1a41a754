import { createServer, request, type Server } from 'node:http';
import { createApp, defineEventHandler, toNodeListener } from 'h3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BODY_MAX_BYTES, parseUrlEncoded, readFormBody } from '../../../../server/utils/form-body';

let server: Server;
let port = 0;

beforeAll(async () => {
  const app = createApp().use('/form', defineEventHandler(async (event) => ({ body: await readFormBody(event) })));
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; text: string };

/** A POST over a real socket; `chunked` sends no Content-Length, so only counting the stream can catch its size. */
function post(body: string, { chunked = false, type = 'application/x-www-form-urlencoded' } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
    const req = request({ host: '127.0.0.1', port, path: '/form', method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; }).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    // A refused upload may be cut off mid-way: the answer still arrives.
    if (chunked) for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    else req.write(body);
    req.end();
  });
}

describe('readFormBody', () => {
  it('reads a small form, repeated fields as a list', async () => {
    const answer = await post('a=1&a=2&b=%C3%A5');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ body: { a: ['1', '2'], b: 'å' } });
  });

  it('reads JSON from API clients and refuses bad JSON with invalid_form', async () => {
    expect(JSON.parse((await post('{"a":1}', { type: 'application/json' })).text)).toEqual({ body: { a: 1 } });
    const bad = await post('{a', { type: 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('invalid_form');
  });

  it('accepts exactly the cap', async () => {
    const body = `a=${'x'.repeat(FORM_BODY_MAX_BYTES - 2)}`;
    expect((await post(body)).status).toBe(200);
  });

  it.each([
    ['a declared Content-Length over the cap', false],
    ['a chunked body that grows past the cap', true],
  ])('refuses %s with 413 body_too_large', async (_name, chunked) => {
    const answer = await post(`a=${'x'.repeat(400_000)}`, { chunked });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('body_too_large');
  });
});

describe('parseUrlEncoded', () => {
  it.each([
    ['', {}],
    ['a=1', { a: '1' }],
    ['a=1&a=2&a=3', { a: ['1', '2', '3'] }],
    ['q.x=y+z', { 'q.x': 'y z' }],
  ])('%j', (text, expected) => expect(parseUrlEncoded(text)).toEqual(expected));
});
