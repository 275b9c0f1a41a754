import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::learning-path.learning-path');
