/** "Start an effort" on the needs overview, in the admin's two languages (English doubles as defaultMessage). */
export const en = {
  'kn-effort.heading': 'Start an effort',
  'kn-effort.intro': 'Turn the current selection into a draft competence effort. The draft carries the need, municipality and industry; you complete and publish it in the content manager.',
  'kn-effort.dimension': 'Need the effort answers',
  'kn-effort.selection': 'Selection: {dimension} × {municipality} × {industry}',
  'kn-effort.anyMunicipality': 'every municipality',
  'kn-effort.anyIndustry': 'every industry',
  'kn-effort.contacts': '{count, plural, =0 {No consented contact requests} one {# consented contact request} other {# consented contact requests}} from {municipality} match this selection.',
  'kn-effort.contactsNote': 'Contact requests record the municipality only, not the industry or needs.',
  'kn-effort.start': 'Start an effort',
  'kn-effort.draftTitle': 'New effort',
  'kn-effort.failed': 'The effort could not be started: {message}',
} as const;

export type EffortMessageKey = keyof typeof en;

export const sv: Record<EffortMessageKey, string> = {
  'kn-effort.heading': 'Starta insats',
  'kn-effort.intro': 'Gör det aktuella urvalet till ett utkast till kompetensinsats. Utkastet får behovet, kommunen och branschen; du fyller i och publicerar det i innehållshanteraren.',
  'kn-effort.dimension': 'Behov som insatsen svarar mot',
  'kn-effort.selection': 'Urval: {dimension} × {municipality} × {industry}',
  'kn-effort.anyMunicipality': 'alla kommuner',
  'kn-effort.anyIndustry': 'alla branscher',
  'kn-effort.contacts': '{count, plural, =0 {Inga kontaktförfrågningar med samtycke} one {# kontaktförfrågan med samtycke} other {# kontaktförfrågningar med samtycke}} från {municipality} matchar urvalet.',
  'kn-effort.contactsNote': 'Kontaktförfrågningar anger bara kommun, inte bransch eller behov.',
  'kn-effort.start': 'Starta insats',
  'kn-effort.draftTitle': 'Ny insats',
  'kn-effort.failed': 'Insatsen kunde inte startas: {message}',
};
