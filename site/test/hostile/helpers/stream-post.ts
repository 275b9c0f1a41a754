import http from 'node:http';

export interface StreamResult {
  status: number;
  /** Bytes of the body written when the answer came (all of them for a server that read the whole body first). */
  sentAtAnswer: number;
  total: number;
  ms: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 'a');

/**
 * POSTs `total` bytes of a form body (`a=aaaa…`) in 64 KB chunks, chunked or with a Content-Length, and stops
 * writing as soon as the server answers: a server that refuses early is never sent the rest.
 */
export function streamPost(url: string, total: number, options: { origin?: string; chunked: boolean }): Promise<StreamResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (options.origin) headers.origin = options.origin;
    if (!options.chunked) headers['content-length'] = String(total);
    const req = http.request(url, { method: 'POST', headers, timeout: 60_000 }, (res) => {
      answered = true;
      const result = { status: res.statusCode ?? 0, sentAtAnswer: sent, total, ms: Math.round(performance.now() - started) };
      res.resume();
      res.on('end', () => { req.destroy(); resolve(result); });
      res.on('error', () => resolve(result));
    });
    req.on('timeout', () => req.destroy(new Error('no answer in 60 s')));
    // A server that answers and closes early may reset the upload: that is a refusal, not an error, once answered.
    req.on('error', (error) => { if (!answered) reject(error); });
    const write = () => {
      while (!answered && sent < total) {
        const piece = sent === 0 ? Buffer.concat([Buffer.from('a='), CHUNK]).subarray(0, Math.min(CHUNK.length, total)) : CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
