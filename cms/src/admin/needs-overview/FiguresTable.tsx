import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { Overview, OverviewGroup } from './schema';
import type { Messages } from './useMessages';
import { DIMENSIONS, type Dimension } from './vocabulary';

interface Props {
  id: string;
  overview: Overview;
  m: Messages;
}

/** The figures behind the chart as a table: the accessible alternative, and the numbers a coordinator quotes. */
export function FiguresTable({ id, overview, m }: Props) {
  const cell = (group: OverviewGroup, d: Dimension) => {
    const share = group.needShare[d];
    const mean = group.meanScore[d];
    if (share === undefined) return m.t('kn-needs.notShown');
    return mean === null || mean === undefined ? m.percent(share) : `${m.percent(share)} (${m.number(mean)})`;
  };
  return (
    <div>
      <Typography variant="pi" textColor="neutral600" id={`${id}-caption`}>{m.t('kn-needs.table.caption')}</Typography>
      <Table id={id} aria-labelledby={`${id}-caption`} colCount={DIMENSIONS.length + 2} rowCount={overview.groups.length + 1} data-testid="kn-needs-table">
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{m.t('kn-needs.table.group')}</Typography></Th>
            <Th><Typography variant="sigma">{m.t('kn-needs.table.n')}</Typography></Th>
            {DIMENSIONS.map((d) => (
              <Th key={d}><Typography variant="sigma">{m.dimension(d)}</Typography></Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {overview.groups.map((group) => (
            <Tr key={group.key}>
              <Th scope="row"><Typography fontWeight="bold">{m.group(overview.groupBy, group.key)}</Typography></Th>
              <Td><Typography>{m.number(group.n)}</Typography></Td>
              {DIMENSIONS.map((d) => (
                <Td key={d}><Typography>{cell(group, d)}</Typography></Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </div>
  );
}
