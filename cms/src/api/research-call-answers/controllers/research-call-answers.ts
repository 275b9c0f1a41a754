import type { Core } from '@strapi/strapi';
import { researchCallActions } from '../../../research-calls/site-actions';

export default ({ strapi }: { strapi: Core.Strapi }) => researchCallActions(strapi);
