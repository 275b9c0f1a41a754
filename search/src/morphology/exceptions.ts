/**
 * The reviewed exceptions of the Swedish decompounder, kept short on purpose: each entry was found by
 * reading the splits of the demo content (search/eval) and is a split that would mislead a reader.
 */

/**
 * Words, in any inflected form, that are never split: their parts are real words but not what the
 * word means ("plattform" is not "platt" + "form", "lagring" not "lag" + "ring").
 */
export const KEEP_WHOLE: readonly string[] = [
  'plattform', 'kombination', 'fortfarande', 'lagring', 'livsmedel', 'handledning', 'hushåll', 'deltagare',
  'deltagande', 'fristående', 'fullständig', 'lappland', 'kammarkollegium', 'eurostat', 'bokslut', 'företag',
  'kommun', 'information', 'betala', 'program', 'produkt', 'kunskap', 'verksamhet', 'landskap', 'storlek',
  'sjukdom', 'workshoppar',
];

/**
 * Prefixes and particles never split off as a part of their own: "försörjning" is not "för" +
 * "sörjning", "betalning" not "be" + "talning", "överföring" not "över" + "föring".
 */
export const PARTICLES: readonly string[] = [
  'all', 'an', 'av', 'bak', 'be', 'bi', 'bort', 'efter', 'er', 'fram', 'från', 'för', 'före', 'genom', 'hit',
  'in', 'kring', 'med', 'miss', 'mot', 'ned', 'ner', 'o', 'om', 'på', 'sam', 'till', 'under', 'upp', 'ur',
  'ut', 'vid', 'åter', 'över',
];
