import { z } from 'zod';
import researchArticle from '../api/research-article/content-types/research-article/schema.json';
import needsQuestion from '../api/needs-question/content-types/needs-question/schema.json';
import partner from '../api/partner/content-types/partner/schema.json';
import effort from '../api/effort/content-types/effort/schema.json';
import municipality from '../api/municipality/content-types/municipality/schema.json';
import occasion from '../api/occasion/content-types/occasion/schema.json';
import researchCall from '../api/research-call/content-types/research-call/schema.json';

type Schema = { attributes: Record<string, { type: string; enum?: string[] }> };

/**
 * A seed file's enumeration field accepts exactly what the content type's schema.json allows: the values are read
 * from there, the one place they are written (the searchable ones come from the search library's vocabulary, which
 * its own test keeps in step with the same files).
 */
function schemaEnum(schema: Schema, attribute: string) {
  const values = schema.attributes[attribute]?.enum;
  if (!values?.length) throw new Error(`${attribute} is not an enumeration of its content type`);
  return z.enum(values);
}

export const evidence = schemaEnum(researchArticle, 'evidence');
export const questionKind = schemaEnum(needsQuestion, 'kind');
export const questionDimension = schemaEnum(needsQuestion, 'dimension');
export const questionContext = schemaEnum(needsQuestion, 'context');
export const partnerKind = schemaEnum(partner, 'kind');
export const effortStatus = schemaEnum(effort, 'effortStatus');
export const county = schemaEnum(municipality, 'county');
export const occasionFormat = schemaEnum(occasion, 'format');
export const callKind = schemaEnum(researchCall, 'callKind');
export const callForm = schemaEnum(researchCall, 'callForm');
