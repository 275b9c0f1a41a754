import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ChartRow } from './chartRows';

interface Props {
  title: string;
  summary: string;
  rows: ChartRow[];
  /** id of the table with the same figures (the accessible alternative). */
  tableId: string;
  percent: (share: number) => string;
}

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 40;

/**
 * One horizontal bar chart (recharts): a category per row, the value written at the end of each bar, so it reads
 * without colour. Screen readers get the figure's caption and are pointed to the table with the same numbers.
 */
export function NeedsChart({ title, summary, rows, tableId, percent }: Props) {
  const captionId = React.useId();
  const { colors } = useTheme();
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const text = { fill: colors.neutral800, fontSize: 13 };
  return (
    <Box tag="figure" margin={0} data-testid="kn-needs-chart">
      <Typography tag="figcaption" variant="omega" fontWeight="bold" id={captionId}>{title}</Typography>
      <Typography variant="pi" textColor="neutral600">{summary}</Typography>
      <div role="img" aria-labelledby={captionId} aria-describedby={tableId} style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 1]} tickFormatter={percent} tick={text} />
            <YAxis type="category" dataKey="label" width={200} interval={0} tick={text} />
            <Bar dataKey="value" fill={colors.primary600} isAnimationActive={false} barSize={20}>
              <LabelList dataKey="value" position="right" formatter={(value: number) => percent(value)} {...text} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Box>
  );
}
