/** The inbox's admin texts (react-intl ids), English and Swedish. */
export const en = {
  'kn-inbox.invite': 'Invite to effort',
  'kn-inbox.title': 'Invite {count} contact requests to an effort',
  'kn-inbox.effort': 'Effort (published)',
  'kn-inbox.help': 'One e-mail per person, in their language, with a one-click unsubscribe link. Requests without an e-mail address, unsubscribed ones and those already invited to this effort get nothing.',
  'kn-inbox.send': 'Send invitations',
  'kn-inbox.close': 'Close',
  'kn-inbox.result': 'Sent: {sent}. No e-mail address: {no_email}. Unsubscribed: {unsubscribed}. Already invited: {already_invited}. Failed (try again): {failed}.',
  'kn-inbox.none': 'There is no published effort yet.',
} as const;

export type InboxKey = keyof typeof en;

export const sv: Record<InboxKey, string> = {
  'kn-inbox.invite': 'Bjud in till insats',
  'kn-inbox.title': 'Bjud in {count} kontaktförfrågningar till en insats',
  'kn-inbox.effort': 'Insats (publicerad)',
  'kn-inbox.help': 'Ett mejl per person, på personens språk, med en länk för att avregistrera sig med ett klick. Förfrågningar utan e-postadress, avregistrerade och de som redan bjudits in till insatsen får inget.',
  'kn-inbox.send': 'Skicka inbjudningar',
  'kn-inbox.close': 'Stäng',
  'kn-inbox.result': 'Skickade: {sent}. Utan e-postadress: {no_email}. Avregistrerade: {unsubscribed}. Redan inbjudna: {already_invited}. Misslyckades (försök igen): {failed}.',
  'kn-inbox.none': 'Det finns ingen publicerad insats ännu.',
};
