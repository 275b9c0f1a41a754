import type { IncomingMessage } from 'node:http';
import { getRequestHeader, setResponseHeader, type H3Event } from 'h3';
import { formError, invalidForm } from './form-errors';

/** Forms on this site are a few fields; 16 KB is far above the largest (the needs check with contact details). */
export const FORM_BODY_MAX_BYTES = 16 * 1024;

/** How much of a refused streamed body is read and dropped before the socket is cut (see dropRest). */
const DROP_MAX_BYTES = 8 * 1024 * 1024;

/**
 * After a streamed body passes the cap: the 413 goes out at once, and what the client still sends is read and dropped
 * (nothing kept) until it stops; closing now, with its bytes unread, would reset the socket and the client could lose
 * the 413 it was already sent. A client that goes on sending past DROP_MAX_BYTES is cut off.
 */
function dropRest(req: IncomingMessage) {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DROP_MAX_BYTES) req.socket.destroy();
  });
}

function tooLarge() {
  return formError('body_too_large', `The form is larger than ${FORM_BODY_MAX_BYTES} bytes.`);
}

/**
 * The raw body, refused with 413 `body_too_large` before it is read whole: at once when Content-Length says so,
 * else as soon as the bytes counted from the stream pass the cap (a chunked upload has no length to check).
 */
export async function readCappedBody(event: H3Event, maxBytes = FORM_BODY_MAX_BYTES): Promise<string> {
  const declared = Number(getRequestHeader(event, 'content-length') ?? '0');
  if (declared > maxBytes) {
    // Up to DROP_MAX_BYTES Node reads and drops the unread rest after the 413 (keep-alive), so the client sees it;
    // closing instead, with those bytes unread, resets the socket and the 413 can be lost (seen with 2 MB).
    if (declared > DROP_MAX_BYTES) setResponseHeader(event, 'connection', 'close');
    throw tooLarge();
  }
  const req = event.node.req;
  if (req.readableEnded) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const stop = (error?: Error) => {
      req.off('data', onData).off('end', onEnd).off('error', stop);
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop(tooLarge());
      dropRest(req);
    };
    const onEnd = () => stop();
    req.on('data', onData).on('end', onEnd).on('error', stop);
  });
  return Buffer.concat(chunks).toString('utf8');
}

/** `a=1&a=2&b=3` → `{ a: ['1', '2'], b: '3' }`, as h3's readBody parses a form (repeated fields become a list). */
export function parseUrlEncoded(text: string): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const previous = form[key];
    if (previous === undefined) form[key] = value;
    else form[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return form;
}

/**
 * The body of a form post (urlencoded, or JSON for API clients), at most FORM_BODY_MAX_BYTES: use it instead of
 * h3's readBody, which reads any size into memory. Bad JSON is a 400 `invalid_form`.
 */
export async function readFormBody(event: H3Event, maxBytes = FORM_BODY_MAX_BYTES): Promise<unknown> {
  const text = await readCappedBody(event, maxBytes);
  if (!(getRequestHeader(event, 'content-type') ?? '').includes('application/json')) return parseUrlEncoded(text);
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    throw invalidForm('The body is not valid JSON.');
  }
}
