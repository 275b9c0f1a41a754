import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import { GroupedBars } from './GroupedBars';
import { MaturitySection } from './MaturitySection';
import { FigureTable, KeyFigure, Section, Source } from './parts';
import { ReachSection } from './ReachSection';
import type { Report } from './schema';
import type { Text } from './useText';

const OCCASION_COLUMNS = ['kn-impact.col.occasion', 'kn-impact.col.date', 'kn-impact.col.signups', 'kn-impact.col.attended', 'kn-impact.col.waitlisted', 'kn-impact.col.cancelled', 'kn-impact.col.minutes', 'kn-impact.col.hours'] as const;

/** The printable impact report: headline figures, attendance per occasion, reach, maturity before/after. */
export function ReportView({ report, x }: { report: Report; x: Text }) {
  const { colors } = useTheme();
  const { totals, reach, beforeAfter } = report;
  const withheld = (v: number | null) => (v === null ? x.t('kn-impact.withheld') : x.number(v));
  const period = x.t('kn-impact.period', { from: report.period.from ? x.date(report.period.from) : x.t('kn-impact.period.start'), to: report.period.to ? x.date(report.period.to) : x.t('kn-impact.period.end') });
  const occasionRows = report.occasions.map((o) => ({
    key: o.documentId,
    cells: [o.title, x.date(o.startsAt), x.number(o.signups), x.number(o.attended), x.number(o.waitlisted), x.number(o.cancelled), `${x.number(o.minutesPerAttendant)} (${x.t(`kn-impact.basis.${o.minutesBasis}`)})`, x.number(o.hours)],
  }));
  const totalRow = { key: 'total', cells: [x.t('kn-impact.col.total'), '', x.number(totals.signups), x.number(totals.attended), x.number(totals.waitlisted), x.number(totals.cancelled), '', x.number(totals.hours)] };
  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="kn-impact-report">
      <div>
        <Typography variant="beta" tag="h2" data-testid="kn-impact-effort">{report.effort.title}</Typography>
        <Typography tag="p">{period}{report.effort.published ? '' : ` · ${x.t('kn-impact.draft')}`}</Typography>
      </div>
      <Flex gap={3} wrap="wrap">
        <KeyFigure label={x.t('kn-impact.key.occasions')} value={x.number(totals.occasions)} testId="kn-impact-total-occasions" />
        <KeyFigure label={x.t('kn-impact.key.signups')} value={x.number(totals.signups)} testId="kn-impact-total-signups" />
        <KeyFigure label={x.t('kn-impact.key.attended')} value={x.number(totals.attended)} testId="kn-impact-total-attended" />
        <KeyFigure label={x.t('kn-impact.key.hours')} value={x.number(totals.hours)} testId="kn-impact-total-hours" />
        <KeyFigure label={x.t('kn-impact.key.municipalities')} value={withheld(reach.municipalities.count)} testId="kn-impact-total-municipalities" />
        <KeyFigure label={x.t('kn-impact.key.industries')} value={withheld(reach.industries.count)} testId="kn-impact-total-industries" />
        <KeyFigure label={x.t('kn-impact.key.pairs')} value={withheld(beforeAfter.total)} testId="kn-impact-total-pairs" />
      </Flex>
      <Section title={x.t('kn-impact.occasions.title')} testId="kn-impact-occasions">
        {report.occasions.length === 0 ? (
          <Typography tag="p">{x.t('kn-impact.occasions.none')}</Typography>
        ) : (
          <>
            <GroupedBars
              caption={x.t('kn-impact.chart.attendance')}
              series={[{ name: x.t('kn-impact.chart.legend.signups'), color: colors.primary600 }, { name: x.t('kn-impact.chart.legend.attended'), color: colors.success600 }]}
              rows={report.occasions.map((o) => ({ label: `${x.date(o.startsAt)} ${o.title}`, values: [o.signups, o.attended] }))}
              max={Math.max(1, ...report.occasions.map((o) => o.signups))}
              format={x.number}
              tableId="kn-impact-occasions-table"
              testId="kn-impact-attendance-chart"
            />
            <Typography variant="pi" textColor="neutral600">{x.t('kn-impact.chart.table')}</Typography>
            <FigureTable
              id="kn-impact-occasions-table"
              head={OCCASION_COLUMNS.map((c) => x.t(c))}
              rows={[...occasionRows, totalRow]}
              testId="kn-impact-occasions-rows"
            />
          </>
        )}
        <Source of="kn-impact.source.occasion" x={x} />
        <Source of="kn-impact.source.hours" x={x} />
      </Section>
      <ReachSection report={report} x={x} />
      <MaturitySection beforeAfter={beforeAfter} x={x} />
    </Flex>
  );
}
