import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { inject } from 'vitest';

/** Every mail the test SMTP server received (parsed), oldest first. */
export async function receivedMails(): Promise<ParsedMail[]> {
  const dir = inject('mailDir');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
}

const recipients = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));

export async function mailsTo(address: string): Promise<ParsedMail[]> {
  return (await receivedMails()).filter((m) => recipients(m).includes(address.toLowerCase()));
}

/** Waits until `address` has received at least `count` mails (the CMS sends them from its jobs, right after the write). */
export async function waitForMails(address: string, count: number, timeoutMs = 20_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count || Date.now() > until) return mails;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const icsOf = (mail: ParsedMail) => mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';
