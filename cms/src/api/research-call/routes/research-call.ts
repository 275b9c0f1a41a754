import { factories } from '@strapi/strapi';

// Public API is read-only: only find and findOne are routed at all.
export default factories.createCoreRouter('api::research-call.research-call', { only: ['find', 'findOne'] });
