import net from 'node:net';

export interface StreamResult {
  /** The answer's status; 0 when the server closed the connection without one (it stopped reading: also a refusal). */
  status: number;
  /** Bytes of the body written when the answer came (all of them for a server that read the whole body first). */
  sentAtAnswer: number;
  total: number;
  ms: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 'a');

/**
 * POSTs `total` bytes of a form body (`a=aaaa…`) in 64 KB pieces, chunked or with a Content-Length, over a raw
 * socket, and stops writing as soon as the server's status line arrives. A raw socket, not node:http: a server that
 * answers 413 early and closes makes the http client fail the upload with EPIPE before it parses the answer it
 * already received; here the bytes read are kept whatever happens to the writes.
 */
export function streamPost(url: string, total: number, options: { origin?: string; chunked: boolean }): Promise<StreamResult> {
  const started = performance.now();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let sentAtAnswer = -1;
    // A server that closes the socket (RST) stops the writes as well; `sent` then says how far it let the body come.
    let received = '';
    const socket = net.connect(Number(target.port), target.hostname);
    const finish = () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
      if (!status && sent === 0) return reject(new Error('the server closed the connection before any byte was sent'));
      resolve({ status, sentAtAnswer: sentAtAnswer < 0 ? sent : sentAtAnswer, total, ms: Math.round(performance.now() - started) });
    };
    socket.setTimeout(60_000, () => socket.destroy(new Error('no answer in 60 s')));
    socket.on('data', (data) => {
      if (sentAtAnswer < 0) sentAtAnswer = sent;
      received += data.toString('latin1');
      if (/\r\n\r\n/.test(received)) socket.destroy();
    });
    socket.on('close', finish);
    // EPIPE / ECONNRESET while writing: the server stopped reading; what it answered is still read above.
    socket.on('error', () => undefined);
    const frame = (piece: Buffer) => (options.chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
    const write = () => {
      while (sentAtAnswer < 0 && sent < total && !socket.destroyed) {
        const piece = sent === 0 ? Buffer.concat([Buffer.from('a='), CHUNK]).subarray(0, Math.min(CHUNK.length, total)) : CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
        sent += piece.length;
        if (!socket.write(frame(piece))) return void socket.once('drain', write);
      }
      if (sentAtAnswer < 0 && !socket.destroyed && options.chunked) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      const headers = [
        `POST ${target.pathname}${target.search} HTTP/1.1`,
        `host: ${target.host}`,
        'content-type: application/x-www-form-urlencoded',
        'accept: application/json',
        'connection: close',
        ...(options.origin ? [`origin: ${options.origin}`] : []),
        options.chunked ? 'transfer-encoding: chunked' : `content-length: ${total}`,
      ];
      socket.write(`${headers.join('\r\n')}\r\n\r\n`);
      write();
    });
  });
}
