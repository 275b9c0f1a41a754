// The admin API client lives in scripts/src/lib (the site benchmark publishes through it too).
export { adminCall, adminLogin, type AdminRole } from '../../../../scripts/src/lib/cms-admin.ts';
