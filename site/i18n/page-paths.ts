/** The site's localized page paths live with the search library's vocabulary, where the CMS's links read them too. */
export { PAGE_PATHS, type PageName } from '@kunskapsnavet/search/vocabulary';
