import { warmMorphology } from '@kunskapsnavet/search';

/**
 * Builds the search library's Swedish compound lexicon (the dictionary of `dictionary-sv`, about 0.2 s of parsing
 * and 60 MB) right after the start, not in the first Swedish search that splits a compound: that search, and every
 * request queued behind it on this one thread, waited for it. In a CPU profile of the first 2 s of new queries after
 * a start, the parsing was the largest single cost, and the API's p95 was 558 ms. Deferred by a turn of the event
 * loop, so the start itself is not held up.
 */
export default defineNitroPlugin(() => {
  setImmediate(() => {
    try {
      warmMorphology();
    } catch (error) {
      // A search would then build it itself, as before, and report the same failure there.
      console.error('[site] could not prepare the Swedish dictionary at start:', error);
    }
  });
});
