import type { Core } from '@strapi/strapi';
import { siteActions } from '../../../occasions/site-actions';

export default ({ strapi }: { strapi: Core.Strapi }) => siteActions(strapi);
