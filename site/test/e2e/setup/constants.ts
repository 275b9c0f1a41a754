/** The preview link secret of the e2e stack (the CMS would put it in its preview links). */
export const PREVIEW_SECRET = 'e2e-preview-secret';
/** Every e2e submission of the needs check comes from one address; the rate-limit test runs into this on purpose. */
export const NEEDS_SUBMIT_LIMIT = 30;
