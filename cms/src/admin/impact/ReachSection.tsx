import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { en as needsText } from '../needs-overview/translations';
import { MUNICIPALITIES } from '../needs-overview/vocabulary';
import { FigureTable, Section, Source } from './parts';
import type { Report } from './schema';
import type { ImpactKey } from './translations';
import type { Text } from './useText';

type Reach = Report['reach']['municipalities'];

function ReachTable({ id, reach, name, title, source, k, x }: { id: string; reach: Reach; name: (key: string) => string; title: ImpactKey; source: ImpactKey; k: number; x: Text }) {
  return (
    <div data-testid={id}>
      <Typography variant="omega" fontWeight="bold" tag="h3">{x.t(title)}</Typography>
      {reach.shown.length > 0 && (
        <FigureTable id={`${id}-table`} head={[x.t('kn-impact.col.group'), x.t('kn-impact.col.count')]} rows={reach.shown.map((g) => ({ key: g.key, cells: [name(g.key), x.number(g.n)] }))} testId={`${id}-rows`} />
      )}
      {reach.hidden !== null && reach.hidden > 0 && <Typography tag="p" variant="pi">{x.t('kn-impact.reach.hidden', { hidden: reach.hidden, k })}</Typography>}
      <Source of={source} x={x} />
    </div>
  );
}

/** Where the effort reached: municipalities of the sign-ups, industries of the followed-up firms (groups ≥ k only). */
export function ReachSection({ report, x }: { report: Report; x: Text }) {
  const municipality = (slug: string) => MUNICIPALITIES.find((m) => m.slug === slug)?.name ?? slug;
  const intl = useIntl();
  const industry = (key: string) => {
    const id = `kn-needs.industry.${key}`;
    return id in needsText ? intl.formatMessage({ id, defaultMessage: key }) : key;
  };
  return (
    <Section title={`${x.t('kn-impact.key.municipalities')} · ${x.t('kn-impact.key.industries')}`} testId="kn-impact-reach">
      <ReachTable id="kn-impact-municipalities" reach={report.reach.municipalities} name={municipality} title="kn-impact.reach.municipalities" source="kn-impact.source.municipality" k={report.k} x={x} />
      <ReachTable id="kn-impact-industries" reach={report.reach.industries} name={industry} title="kn-impact.reach.industries" source="kn-impact.source.industry" k={report.k} x={x} />
    </Section>
  );
}
