import type { LocaleCode } from '../lib/content-types';
import type { OccasionRow } from './occasion';
import { TIME_ZONE } from './stockholm';

export type MailKind = 'confirmation' | 'waitlisted' | 'reminder' | 'offer' | 'cancelled';

interface Texts {
  subject: (title: string) => string;
  lead: string;
}

const TEXTS: Record<LocaleCode, Record<MailKind, Texts>> = {
  sv: {
    confirmation: { subject: (t) => `Bekräftelse: ${t}`, lead: 'Du har en plats. Välkommen!' },
    waitlisted: { subject: (t) => `Reservlista: ${t}`, lead: 'Tillfället är fullt, så du står på reservlistan. Blir en plats ledig får du den automatiskt och ett nytt mejl.' },
    reminder: { subject: (t) => `Påminnelse: ${t} i morgon`, lead: 'En påminnelse om att tillfället är i morgon.' },
    offer: { subject: (t) => `Du har fått en plats: ${t}`, lead: 'En plats blev ledig och är nu din. Kan du inte komma, avboka så att nästa på reservlistan får den.' },
    cancelled: { subject: (t) => `Inställt: ${t}`, lead: 'Tyvärr har lärcentrumet ställt in tillfället. Du behöver inte göra något. Vi hoppas att vi ses ett annat tillfälle.' },
  },
  en: {
    confirmation: { subject: (t) => `Confirmed: ${t}`, lead: 'You have a place. Welcome!' },
    waitlisted: { subject: (t) => `Waiting list: ${t}`, lead: 'The occasion is full, so you are on the waiting list. If a place becomes free it is yours automatically and you get another e-mail.' },
    reminder: { subject: (t) => `Reminder: ${t} tomorrow`, lead: 'A reminder that the occasion is tomorrow.' },
    offer: { subject: (t) => `You have a place: ${t}`, lead: 'A place became free and it is now yours. If you cannot come, please cancel so the next person on the waiting list gets it.' },
    cancelled: { subject: (t) => `Cancelled: ${t}`, lead: 'Unfortunately the learning centre has cancelled the occasion. You do not need to do anything. We hope to see you another time.' },
  },
};

const LABELS: Record<LocaleCode, Record<'hello' | 'when' | 'where' | 'online' | 'details' | 'cancel' | 'calendar' | 'sender', string>> = {
  sv: { hello: 'Hej', when: 'När', where: 'Var', online: 'På distans', details: 'Mer om tillfället', cancel: 'Avboka', calendar: 'Kalenderfilen (.ics) finns bifogad.', sender: 'Kunskapsnavet och ditt lärcentrum' },
  en: { hello: 'Hello', when: 'When', where: 'Where', online: 'Online', details: 'About the occasion', cancel: 'Cancel', calendar: 'The calendar file (.ics) is attached.', sender: 'Kunskapsnavet and your learning centre' },
};

/** "tisdag 29 mars 2026 13:00–16:00" in Swedish time, in the reader's language. */
export function whenText(o: Pick<OccasionRow, 'startsAt' | 'endsAt'>, locale: LocaleCode): string {
  const lang = locale === 'sv' ? 'sv-SE' : 'en-GB';
  const day = new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(o.startsAt));
  const hm = new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zone = locale === 'sv' ? 'svensk tid' : 'Swedish time';
  return `${day} ${hm.format(new Date(o.startsAt))}–${hm.format(new Date(o.endsAt))} (${zone})`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface MailInput {
  kind: MailKind;
  locale: LocaleCode;
  name: string;
  occasion: OccasionRow;
  detailsUrl: string;
  cancelUrl: string;
}

/** Plain text and simple HTML with the same content; the online link only for those with a place. */
export function composeMail(input: MailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.locale][input.kind];
  const l = LABELS[input.locale];
  const o = input.occasion;
  const hasPlace = input.kind === 'confirmation' || input.kind === 'reminder' || input.kind === 'offer';
  const where = o.learningCentre ? [o.learningCentre.name, o.learningCentre.address].filter(Boolean).join(', ') : l.online;
  const rows: [string, string][] = [[l.when, whenText(o, input.locale)], [l.where, where]];
  if (hasPlace && o.onlineUrl && o.format !== 'on_site') rows.push([l.online, o.onlineUrl]);
  const links: [string, string][] = [[l.details, input.detailsUrl]];
  if (input.kind !== 'cancelled') links.push([l.cancel, input.cancelUrl]);
  const text = [
    `${l.hello} ${input.name},`,
    '',
    t.lead,
    '',
    o.title,
    ...rows.map(([k, v]) => `${k}: ${v}`),
    '',
    ...links.map(([k, v]) => `${k}: ${v}`),
    '',
    l.calendar,
    `— ${l.sender}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${input.locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">
<p>${escape(`${l.hello} ${input.name},`)}</p><p>${escape(t.lead)}</p><h1 style="font-size:1.25em">${escape(o.title)}</h1>
<dl>${rows.map(([k, v]) => `<dt><strong>${escape(k)}</strong></dt><dd>${escape(v)}</dd>`).join('')}</dl>
<p>${links.map(([k, v]) => `<a href="${escape(v)}">${escape(k)}</a>`).join(' · ')}</p>
<p>${escape(l.calendar)}</p><p>— ${escape(l.sender)}</p></body></html>`;
  return { subject: t.subject(o.title), text, html };
}
