import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::learning-path.learning-path');
