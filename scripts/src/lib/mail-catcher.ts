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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, dir: options.dir, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
