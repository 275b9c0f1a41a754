import type { LocaleCode } from '../lib/content-types';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

/** Paragraphs and labelled links → the same content as plain text and simple HTML, in the reader's language. */
function compose(locale: LocaleCode, subject: string, paragraphs: string[], links: [string, string][]): Mail {
  const text = [...paragraphs.flatMap((p) => [p, '']), ...links.map(([label, url]) => `${label}: ${url}`)].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p>${links.map(([label, url]) => `<a href="${escape(url)}">${escape(label)}</a>`).join(' · ')}</p></body></html>`;
  return { subject, text, html };
}

export interface InviteInput {
  locale: LocaleCode;
  name: string;
  effortTitle: string;
  pitch: string | null;
  effortUrl: string;
  unsubscribeUrl: string;
}

/** "Invite to effort": one mail per person, always with the unsubscribe link. */
export function inviteMail(i: InviteInput): Mail {
  const sv = i.locale === 'sv';
  const paragraphs = [
    sv ? `Hej ${i.name},` : `Hello ${i.name},`,
    sv
      ? `Du bad ditt lärcentrum att höra av sig. Vi tror att den här kompetensinsatsen passar dig: ${i.effortTitle}.`
      : `You asked your learning centre to get in touch. We think this competence effort suits you: ${i.effortTitle}.`,
    ...(i.pitch ? [i.pitch] : []),
    sv ? 'Vill du inte få fler mejl från oss? Avregistrera dig med länken nedan, ett klick räcker.' : 'Rather not get more e-mail from us? Unsubscribe with the link below; one click is enough.',
    sv ? '— Kunskapsnavet och ditt lärcentrum' : '— Kunskapsnavet and your learning centre',
  ];
  const links: [string, string][] = [[sv ? 'Läs mer om insatsen' : 'About the effort', i.effortUrl], [sv ? 'Avregistrera mig' : 'Unsubscribe', i.unsubscribeUrl]];
  return compose(i.locale, sv ? `Inbjudan: ${i.effortTitle}` : `Invitation: ${i.effortTitle}`, paragraphs, links);
}

/** "Did it help?": the one follow-up mail. No name: the pending record keeps only the address. */
export function followUpMail(locale: LocaleCode, checkUrl: string, months: number): Mail {
  const sv = locale === 'sv';
  const paragraphs = [
    sv ? 'Hej,' : 'Hello,',
    sv
      ? `För ${months} månader sedan gjorde du behovskollen på Kunskapsnavet och bad oss påminna dig. Gör den igen och se vad som har ändrats — det tar några minuter.`
      : `${months} months ago you took the needs check on Kunskapsnavet and asked us to remind you. Take it again and see what has changed — it takes a few minutes.`,
    sv
      ? 'Det här är det enda mejlet vi skickar. Din adress raderas hos oss när mejlet skickas; länken fungerar en gång.'
      : 'This is the only e-mail we send. Your address is deleted from our records as it is sent; the link works once.',
    sv ? '— Kunskapsnavet' : '— Kunskapsnavet',
  ];
  return compose(locale, sv ? 'Gjorde det skillnad? Gör behovskollen igen' : 'Did it help? Take the needs check again', paragraphs, [[sv ? 'Gör behovskollen igen' : 'Take the check again', checkUrl]]);
}
