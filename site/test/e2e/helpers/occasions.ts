import { api } from './browser.ts';

interface Listed {
  url: string;
  slug: string;
  format: string;
  cancelled: boolean;
  seatsLeft: { left: number; full: boolean; open: boolean } | null;
}

/** An upcoming occasion that takes sign-ups and has seats for the tests' few (from the site's own API). */
export async function openOccasion(locale: 'sv' | 'en', skip: readonly string[] = []): Promise<Listed> {
  const { items } = await api<{ items: Listed[] }>(`/api/occasions?locale=${locale}`);
  const open = items.find((o) => !o.cancelled && o.seatsLeft?.open === true && o.seatsLeft.left >= 3 && !skip.includes(o.slug));
  if (!open) throw new Error(`no open occasion in ${locale}: ${items.length} listed`);
  return open;
}

/** A unique address per run, so mails and "already signed up" never mix between runs or tests. */
export const testAddress = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.se`;
