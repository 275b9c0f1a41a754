import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::research-call.research-call');
