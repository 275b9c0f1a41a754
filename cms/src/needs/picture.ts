import type { Core } from '@strapi/strapi';
import { buildOverview } from './overview/figures';
import { overviewParams } from './overview/params';
import { loadResponses } from './overview/query';

export interface NeedsPicture {
  suppressed: boolean;
  total: number | null;
  dimensions: Array<{ dimension: string; needShare: number; meanScore: number | null }>;
}

/**
 * A municipality's needs picture for its public page: the coordinators' overview of real responses filtered to the
 * municipality, under the same k-anonymity rules (a small or differencing-prone base gives only `suppressed: true`).
 * Returns null for a slug the needs check does not know.
 */
export async function needsPicture(strapi: Core.Strapi, municipality: unknown): Promise<NeedsPicture | null> {
  const params = overviewParams.safeParse({ source: 'real', groupBy: 'all', municipality });
  if (!params.success || !params.data.municipality) return null;
  const overview = buildOverview(await loadResponses(strapi, 'real'), params.data);
  return { suppressed: overview.suppressed, total: overview.total, dimensions: overview.dimensions };
}
