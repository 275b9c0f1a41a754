import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { chartRows, commonestNeed } from './chartRows';
import { FiguresTable } from './FiguresTable';
import { NeedsChart } from './NeedsChart';
import type { Overview } from './schema';
import type { Messages } from './useMessages';
import { DIMENSIONS, type Dimension } from './vocabulary';

const TABLE_ID = 'kn-needs-figures';

/** The figures of one view: the total, what was withheld, a chart and the table with the same numbers. */
export function OverviewView({ overview, m }: { overview: Overview; m: Messages }) {
  const fallback = commonestNeed(overview) ?? 'strategy';
  const [picked, setPicked] = React.useState<Dimension | null>(null);
  const dimension = picked ?? fallback;
  const grouped = overview.groupBy !== 'all';
  const rows = chartRows(overview, dimension, { group: (key) => m.group(overview.groupBy, key), dimension: m.dimension });
  const groupByLabel = m.t(`kn-needs.groupBy.${overview.groupBy}`).toLowerCase();
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="kn-needs-overview">
      <Typography variant="beta" tag="p" data-testid="kn-needs-total">
        {overview.suppressed || overview.total === null ? m.t('kn-needs.total.withheld', { k: overview.k }) : m.t('kn-needs.total', { total: m.number(overview.total) })}
      </Typography>
      {overview.hidden !== null && overview.hidden > 0 && (
        <Typography tag="p" textColor="neutral700" data-testid="kn-needs-hidden">{m.t('kn-needs.hidden', { hidden: overview.hidden, k: overview.k })}</Typography>
      )}
      {overview.groups.length === 0 ? (
        !overview.suppressed && <Typography tag="p">{m.t('kn-needs.empty')}</Typography>
      ) : (
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {grouped && (
              <Field.Root name="chartDimension" id="kn-needs-chart-dimension" maxWidth="32rem">
                <Field.Label>{m.t('kn-needs.chart.dimension')}</Field.Label>
                <SingleSelect value={dimension} onChange={(value) => setPicked(DIMENSIONS.find((d) => d === value) ?? null)}>
                  {DIMENSIONS.map((d) => (
                    <SingleSelectOption key={d} value={d}>{m.dimension(d)}</SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            )}
            <NeedsChart
              title={grouped ? m.t('kn-needs.chart.titleGrouped', { dimension: m.dimension(dimension), groupBy: groupByLabel }) : m.t('kn-needs.chart.title')}
              summary={m.t('kn-needs.chart.summary')}
              rows={rows}
              tableId={TABLE_ID}
              percent={m.percent}
            />
            <FiguresTable id={TABLE_ID} overview={overview} m={m} />
          </Flex>
        </Box>
      )}
    </Flex>
  );
}
