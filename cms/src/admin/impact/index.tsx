import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { en as needsText } from '../needs-overview/translations';
import { useApi } from '../needs-overview/useApi';
import { PrintStyle } from './PrintStyle';
import { effortsPath, parseQuery, reportPath, toParams, type ReportQuery } from './query';
import { QueryForm } from './QueryForm';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';
import { EffortsSchema, ReportSchema } from './schema';
import { Status } from './Status';
import { useText } from './useText';

function LoadedReport({ query, locale }: { query: ReportQuery; locale: string }) {
  const x = useText();
  const report = useApi(reportPath(query, locale), ReportSchema);
  return <Status state={report} x={x}>{(data) => <ReportView report={data} x={x} />}</Status>;
}

/**
 * The impact report of one effort and period (admin menu "Impact report"), for funders: printable (print CSS,
 * inline SVG charts) and as CSV. The /kn-impact API computes every figure and withholds groups below k.
 */
export default function ImpactReportPage() {
  const x = useText();
  const intl = useIntl();
  const locale = intl.locale.startsWith('en') ? 'en' : 'sv';
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const query = React.useMemo(() => parseQuery(new URLSearchParams(search)), [search]);
  const efforts = useApi(effortsPath(locale), EffortsSchema);
  const sourceLabel = (id: keyof typeof needsText) => intl.formatMessage({ id, defaultMessage: needsText[id] });
  return (
    <Page.Main>
      <PrintStyle />
      <Page.Title>{x.t('kn-impact.title')}</Page.Title>
      <Layouts.Header title={x.t('kn-impact.title')} subtitle={x.t('kn-impact.subtitle')} primaryAction={<ReportActions query={query} locale={locale} x={x} />} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          <Status state={efforts} x={x}>
            {(data) => <QueryForm applied={query} efforts={data.efforts} onApply={(q) => setParams(toParams(q))} x={x} sourceLabel={sourceLabel} />}
          </Status>
          {query.effort && <LoadedReport key={search} query={query} locale={locale} />}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
