/**
 * What a search box must never pass on to the content backlog: text that may name or identify a person. Checked on
 * the text as typed (before lower-casing), on the site before it reports a search and again in the CMS before it
 * stores one.
 */
const IDENTIFIERS = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // an e-mail address
  /\b(19|20)?\d{6}[-+ ]?\d{4}\b/, // a personnummer / samordningsnummer (YYMMDD-NNNN, YYYYMMDDNNNN)
  /(?:\d[\s-]?){7,}/, // a phone number or any long run of digits (account, order, ID numbers)
];

/** A capitalised word: a capital then a small letter ("Anna", "Lindqvist", "McDonald", "Anna-Karin"), not "GDPR". */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]*)?`;
/**
 * Two capitalised words in a row, as in a first name and a surname ("Anna Lindqvist"). A single capitalised word
 * (a place, "Arjeplog", or the first word of a sentence) is kept; a capitalised pair such as a place with its
 * county is dropped too: a lost search is cheaper than a stored name.
 */
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}\s+${NAME}(?![\p{L}\p{N}])`, 'u');

export function looksLikeName(text: string): boolean {
  return FULL_NAME.test(text);
}

/** True for text that may name or identify a person: an e-mail, a personal or phone number, or a full name. */
export function looksPersonal(text: string): boolean {
  return IDENTIFIERS.some((pattern) => pattern.test(text)) || looksLikeName(text);
}
