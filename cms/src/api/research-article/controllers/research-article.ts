import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::research-article.research-article');
