import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { en as needsText } from '../needs-overview/translations';
import { GroupedBars } from './GroupedBars';
import { FigureTable, Section, Source } from './parts';
import type { BeforeAfter } from './schema';
import type { Text } from './useText';

/** A dimension's name, in the needs overview's words (one wording in the admin). */
export function useDimensionName() {
  const intl = useIntl();
  return (d: BeforeAfter['dimensions'][number]['dimension']) => intl.formatMessage({ id: `kn-needs.dimension.${d}`, defaultMessage: needsText[`kn-needs.dimension.${d}`] });
}

const maybe = (x: Text, v: number | null, signed = false) => (v === null ? '–' : signed ? x.signed(v) : x.number(v));

/** Maturity before and after for the effort's followed-up firms, as a chart and the table with the same numbers. */
export function MaturitySection({ beforeAfter, x }: { beforeAfter: BeforeAfter; x: Text }) {
  const { colors } = useTheme();
  const dimension = useDimensionName();
  return (
    <Section title={x.t('kn-impact.maturity.title')} testId="kn-impact-maturity">
      {beforeAfter.suppressed ? (
        <Typography tag="p" data-testid="kn-impact-maturity-suppressed">{x.t('kn-impact.maturity.suppressed', { k: beforeAfter.k })}</Typography>
      ) : (
        <>
          <GroupedBars
            caption={x.t('kn-impact.chart.maturity')}
            series={[{ name: x.t('kn-impact.chart.legend.before'), color: colors.neutral500 }, { name: x.t('kn-impact.chart.legend.after'), color: colors.primary600 }]}
            rows={beforeAfter.dimensions.map((d) => ({ label: dimension(d.dimension), values: [d.before ?? 0, d.after ?? 0] }))}
            max={100}
            format={x.number}
            tableId="kn-impact-maturity-table"
            testId="kn-impact-maturity-chart"
          />
          <FigureTable
            id="kn-impact-maturity-table"
            head={[x.t('kn-impact.col.dimension'), x.t('kn-impact.col.n'), x.t('kn-impact.col.before'), x.t('kn-impact.col.after'), x.t('kn-impact.col.change')]}
            rows={beforeAfter.dimensions.map((d) => ({ key: d.dimension, cells: [dimension(d.dimension), x.number(d.n), maybe(x, d.before), maybe(x, d.after), maybe(x, d.change, true)] }))}
            testId="kn-impact-maturity-rows"
          />
        </>
      )}
      <Source of="kn-impact.source.maturity" x={x} />
    </Section>
  );
}
