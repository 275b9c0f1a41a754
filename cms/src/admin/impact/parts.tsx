import * as React from 'react';
import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ImpactKey } from './translations';
import type { Text } from './useText';

/** "Source: …" under a figure: every figure in the report names where it comes from. */
export function Source({ of, x }: { of: ImpactKey; x: Text }) {
  return <Typography tag="p" variant="pi" textColor="neutral600">{x.t('kn-impact.source', { source: x.t(of) })}</Typography>;
}

/** A titled block of the report that stays on one printed page where it can. */
export function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} style={{ breakInside: 'avoid' }} data-testid={testId}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">{title}</Typography>
        {children}
      </Flex>
    </Box>
  );
}

/** One headline figure: its value (or "withheld") and its name. */
export function KeyFigure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box background="neutral100" hasRadius padding={4} minWidth="10rem">
      <Typography tag="p" variant="alpha" data-testid={testId}>{value}</Typography>
      <Typography tag="p" variant="pi">{label}</Typography>
    </Box>
  );
}

/** A plain table of figures: a header row, then rows whose first cell names them. */
export function FigureTable({ id, head, rows, testId }: { id: string; head: string[]; rows: Array<{ key: string; cells: string[] }>; testId: string }) {
  return (
    <Table id={id} colCount={head.length} rowCount={rows.length + 1} data-testid={testId}>
      <Thead>
        <Tr>{head.map((h) => <Th key={h}><Typography variant="sigma">{h}</Typography></Th>)}</Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Th scope="row"><Typography fontWeight="bold">{row.cells[0]}</Typography></Th>
            {row.cells.slice(1).map((c, i) => <Td key={i}><Typography>{c}</Typography></Td>)}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
