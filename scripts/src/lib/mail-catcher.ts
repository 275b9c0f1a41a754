import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  dir: string;
  stop: () => Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) that accepts every message and writes it, as it arrived, to
 * `<dir>/<time>-<n>.eml`. Development (`npm start`) and the CMS tests send their mail here instead of to the world;
 * any mail program opens the files, and the tests parse them. Listens on 127.0.0.1 only, no TLS, no auth.
 */
export async function startMailCatcher(options: { dir: string; port?: number }): Promise<MailCatcher> {
  fs.mkdirSync(options.dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        n += 1;
        const file = path.join(options.dir, `${Date.now()}-${String(n).padStart(5, '0')}.eml`);
        fs.writeFile(file, Buffer.concat(chunks), (error) => callback(error ?? null));
      });
    },
  });
  let failed: ((error: Error) => void) | null = null;
  // smtp-server re-emits its socket's errors: one listener, which rejects a pending listen() and otherwise reports.
  server.on('error', (error: Error) => (failed ? failed(error) : process.stderr.write(`mail catcher: ${error.message}\n`)));
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      failed = reject;
      server.listen(port, '127.0.0.1', () => resolve());
    }).finally(() => (failed = null));
  // A busy port (another stack on this machine) is not worth failing `npm start` for: any free port will do.
  await listen(options.port ?? 0).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || !options.port) throw error;
    return listen(0);
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, dir: options.dir, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
