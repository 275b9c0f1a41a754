import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { inject } from 'vitest';

const recipients = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));

/** The mails the stack's SMTP server received for `address` (parsed), oldest first. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  const dir = inject('mailDir');
  if (!dir || !fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return mails.filter((m) => recipients(m).includes(address.toLowerCase()));
}

/** Waits until `address` has a mail (the CMS sends from a job every 2 s in the stack), or gives up with none. */
export async function waitForMail(address: string, timeoutMs = 30_000): Promise<ParsedMail | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [mail] = await mailsTo(address);
    if (mail || Date.now() > until) return mail ?? null;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export const calendarOf = (mail: ParsedMail) => mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';
