import type { LocaleCode } from '../lib/content-types';
import { stockholmDate } from '../occasions/stockholm';
import type { EffortFile, PartnerFile } from './effort-schema';
import type { Resolve } from './to-data';

type Data = Record<string, unknown>;

export const partnerData = (f: PartnerFile, l: LocaleCode, resolve: Resolve): Data => ({
  name: f[l].name,
  slug: f.key,
  kind: f.kind,
  description: f[l].description,
  contactUrl: f.contactUrl ?? null,
  contactEmail: f.contactEmail ?? null,
  contactPhone: f.contactPhone ?? null,
  isExample: f.example,
  municipalities: f.municipalities.map((k) => resolve('municipality', k)),
  learningCentre: f.centre ? resolve('learningCentre', f.centre) : null,
});

/** `now` is the moment the seed runs: the period is days from that day in Stockholm. */
export const effortData = (f: EffortFile, l: LocaleCode, resolve: Resolve, now: Date): Data => ({
  title: f[l].title,
  pitch: f[l].pitch,
  slug: f.key,
  needDimensions: f.needDimensions,
  industries: f.industries,
  effortStatus: f.status,
  startsOn: stockholmDate(now, f.startsInDays),
  endsOn: stockholmDate(now, f.endsInDays),
  municipalities: f.municipalities.map((k) => resolve('municipality', k)),
  learningPath: f.path ? resolve('path', f.path) : null,
  courseModules: f.modules.map((k) => resolve('module', k)),
  occasions: f.occasions.map((k) => resolve('occasion', k)),
  partners: f.partners.map((k) => resolve('partner', k)),
});
