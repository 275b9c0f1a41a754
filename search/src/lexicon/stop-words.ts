import type { Locale } from '../vocabulary.ts';

/**
 * Words Meilisearch ignores in queries and documents. Kept short on purpose: a stop word can never be
 * searched for. Left out although frequent: Swedish "vara"/"varor" (goods), "får" (sheep, and a verb),
 * "man"; English "it" (IT), "us", "not"; and the "e" of "e-handel", which the tokenizer splits off.
 */
export const STOP_WORDS: Record<Locale, readonly string[]> = {
  sv: [
    'och', 'att', 'det', 'som', 'en', 'ett', 'i', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'de',
    'har', 'hade', 'inte', 'om', 'men', 'så', 'vi', 'du', 'ni', 'han', 'hon', 'jag', 'sig', 'sin', 'sitt',
    'sina', 'från', 'eller', 'när', 'kan', 'ska', 'skulle', 'vid', 'där', 'detta', 'denna', 'dessa',
    'här', 'hur', 'vad', 'vilka', 'vilken', 'också', 'bara', 'än', 'mot', 'utan', 'mycket', 'nu', 'då',
    'dig', 'mig', 'oss', 'dem', 'deras', 'hans', 'hennes', 'dess', 'vår', 'vårt', 'våra', 'din', 'ditt',
    'dina', 'min', 'mitt', 'mina', 'blir', 'bli', 'blev', 'varit', 'samt', 'genom', 'hos', 'mellan',
  ],
  en: [
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'do', 'does', 'for', 'from', 'had',
    'has', 'have', 'how', 'i', 'if', 'in', 'into', 'is', 'its', 'of', 'on', 'or', 'our', 'so', 'than',
    'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'was', 'we',
    'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with', 'you', 'your',
    'can', 'could', 'should', 'would', 'about', 'also',
  ],
};
