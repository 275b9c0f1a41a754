/** The preview signing secret of the e2e stack (the CMS signs its preview links with it; the tests sign their own). */
export const PREVIEW_SECRET = 'e2e-preview-signing-secret';
/** Every e2e submission of the needs check comes from one address; the rate-limit test runs into this on purpose. */
export const NEEDS_SUBMIT_LIMIT = 30;
