import type { Core } from '@strapi/strapi';
import { siteActions } from '../../../needs/site-actions';

export default ({ strapi }: { strapi: Core.Strapi }) => siteActions(strapi);
