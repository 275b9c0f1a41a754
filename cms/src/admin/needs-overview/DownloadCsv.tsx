import * as React from 'react';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { csvFileName, csvPath, type OverviewFilters } from './filters';
import type { Messages } from './useMessages';
import { failureState } from './useApi';

/** Hands a downloaded file to the browser under a name, as a link to an object URL. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Download CSV": the export goes through the admin client (it needs the session's token, which a plain link
 * would not send), with the same filters and the same k-anonymity as the page.
 */
export function DownloadCsv({ filters, m }: { filters: OverviewFilters; m: Messages }) {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get(csvPath(filters), { responseType: 'blob' });
      saveFile(data, csvFileName(filters, new Date()));
    } catch (error) {
      const state = failureState(error);
      const message = state.status === 'error' ? state.message : m.t('kn-needs.forbidden');
      toggleNotification({ type: 'danger', message: m.t('kn-needs.download.failed', { message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" startIcon={<Download />} loading={busy} onClick={download}>
      {m.t('kn-needs.download')}
    </Button>
  );
}
