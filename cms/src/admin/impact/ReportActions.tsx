import * as React from 'react';
import { Button, Flex } from '@strapi/design-system';
import { Download, FilePdf } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { failureState } from '../needs-overview/useApi';
import { reportCsvPath, type ReportQuery } from './query';
import type { Text } from './useText';

/** "Print" (the browser's dialog; print CSS in PrintStyle) and "Download CSV" (through the admin client: it needs the token). */
export function ReportActions({ query, locale, x }: { query: ReportQuery; locale: string; x: Text }) {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get(reportCsvPath(query, locale), { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `impact-${query.effort}-${query.from || 'start'}-${query.to || 'end'}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      const state = failureState(error);
      toggleNotification({ type: 'danger', message: x.t('kn-impact.csv.failed', { message: state.status === 'error' ? state.message : x.t('kn-impact.forbidden') }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={2} data-kn-print="hide">
      <Button variant="secondary" startIcon={<FilePdf />} disabled={!query.effort} onClick={() => window.print()}>{x.t('kn-impact.print')}</Button>
      <Button variant="secondary" startIcon={<Download />} loading={busy} disabled={!query.effort} onClick={download}>{x.t('kn-impact.csv')}</Button>
    </Flex>
  );
}
