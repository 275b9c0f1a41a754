import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useApi } from '../needs-overview/useApi';
import { K_ANONYMITY, MUNICIPALITIES } from '../needs-overview/vocabulary';
import { useDimensionName } from './MaturitySection';
import { FigureTable } from './parts';
import { effortsPath } from './query';
import { BeforeAfterSchema, EffortsSchema, type BeforeAfter } from './schema';
import { Status } from './Status';
import { useText, type Text } from './useText';

type GroupBy = 'municipality' | 'effort';

function Figures({ data, names, x }: { data: BeforeAfter; names: (key: string) => string; x: Text }) {
  const dimension = useDimensionName();
  if (data.suppressed || data.total === null) return <Typography tag="p" data-testid="kn-impact-ba-suppressed">{x.t('kn-impact.ba.suppressed', { k: data.k })}</Typography>;
  const change = (d: BeforeAfter['dimensions'][number]) => (d.change === null ? '–' : `${x.signed(d.change)} (${x.number(d.before ?? 0)} → ${x.number(d.after ?? 0)})`);
  const rows = [{ key: '__all', n: data.total, dimensions: data.dimensions }, ...data.groups];
  return (
    <>
      <Typography tag="p" data-testid="kn-impact-ba-total">{x.t('kn-impact.ba.total', { total: x.number(data.total) })}</Typography>
      {data.hidden !== null && data.hidden > 0 && <Typography tag="p" variant="pi">{x.t('kn-impact.reach.hidden', { hidden: data.hidden, k: data.k })}</Typography>}
      <FigureTable
        id="kn-impact-ba-table"
        head={[x.t('kn-impact.col.group'), x.t('kn-impact.col.n'), ...data.dimensions.map((d) => dimension(d.dimension))]}
        rows={rows.map((g) => ({ key: g.key, cells: [g.key === '__all' ? x.t('kn-impact.col.total') : names(g.key), x.number(g.n), ...g.dimensions.map(change)] }))}
        testId="kn-impact-ba-rows"
      />
    </>
  );
}

/**
 * Before/after in the needs overview: mean change per dimension per municipality or per effort, for the overview's
 * source and municipality (a partner's view always names one of theirs). Groups under k are withheld by the API.
 */
export function BeforeAfterSection({ source, municipality }: { source: string; municipality: string }) {
  const x = useText();
  const intl = useIntl();
  const [groupBy, setGroupBy] = React.useState<GroupBy>('municipality');
  const query = new URLSearchParams({ source, groupBy, ...(municipality ? { municipality } : {}) });
  const state = useApi(`/kn-impact/before-after?${query}`, BeforeAfterSchema);
  const efforts = useApi(effortsPath(intl.locale.startsWith('en') ? 'en' : 'sv'), EffortsSchema);
  const titles = new Map(efforts.status === 'ready' ? efforts.data.efforts.map((e) => [e.documentId, e.title]) : []);
  const names = (key: string) =>
    key === 'none' ? x.t('kn-impact.ba.none') : key === 'unknown' ? x.t('kn-impact.ba.unknown') : groupBy === 'effort' ? titles.get(key) ?? key : MUNICIPALITIES.find((m) => m.slug === key)?.name ?? key;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="kn-impact-before-after">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">{x.t('kn-impact.ba.title')}</Typography>
        <Typography tag="p" variant="pi">{x.t('kn-impact.ba.help', { k: K_ANONYMITY })}</Typography>
        <Field.Root name="baGroupBy" id="kn-impact-ba-groupby" maxWidth="20rem">
          <Field.Label>{x.t('kn-impact.ba.groupBy')}</Field.Label>
          <SingleSelect value={groupBy} onChange={(v) => setGroupBy(v === 'effort' ? 'effort' : 'municipality')}>
            <SingleSelectOption value="municipality">{x.t('kn-impact.ba.groupBy.municipality')}</SingleSelectOption>
            <SingleSelectOption value="effort">{x.t('kn-impact.ba.groupBy.effort')}</SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        <Status state={state} x={x}>{(data) => <Figures data={data} names={names} x={x} />}</Status>
      </Flex>
    </Box>
  );
}
