/** The preview link secret of the e2e stack (the CMS would put it in its preview links). */
export const PREVIEW_SECRET = 'e2e-preview-secret';
