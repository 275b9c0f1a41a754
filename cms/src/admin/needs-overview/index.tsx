import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { BeforeAfterSection } from '../impact/BeforeAfterSection';
import { ApiStatus } from './ApiStatus';
import { Backlog } from './Backlog';
import { DownloadCsv } from './DownloadCsv';
import { backlogPath, overviewPath, parseFilters, toSearchParams } from './filters';
import { FiltersForm } from './FiltersForm';
import { Notice } from './Notice';
import { OverviewView } from './OverviewView';
import { BacklogSchema, OverviewSchema } from './schema';
import { useApi } from './useApi';
import { commonestNeed } from './chartRows';
import { StartEffort } from '../start-effort/StartEffort';
import { useMessages } from './useMessages';

/**
 * The coordinators' needs overview (admin menu "Needs overview"). The URL holds the filters; the coordinator API
 * (cms/src/needs/overview) computes the figures and withholds every group below k, so the page only shows them.
 */
export default function NeedsOverviewPage() {
  const m = useMessages();
  const [params, setParams] = useSearchParams();
  // Keyed by the query string: a new object per render would reset the form's unsaved edits on every re-render.
  const query = params.toString();
  const filters = React.useMemo(() => parseFilters(new URLSearchParams(query)), [query]);
  const overview = useApi(overviewPath(filters), OverviewSchema);
  const backlog = useApi(backlogPath(filters.source), BacklogSchema);
  return (
    <Page.Main>
      <Page.Title>{m.t('kn-needs.title')}</Page.Title>
      <Layouts.Header title={m.t('kn-needs.title')} subtitle={m.t('kn-needs.subtitle')} primaryAction={<DownloadCsv filters={filters} m={m} />} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          <FiltersForm applied={filters} onApply={(next) => setParams(toSearchParams(next))} m={m} />
          {filters.source === 'synthetic' && (
            <Notice tone="warning" title={m.t('kn-needs.source.synthetic')} data-testid="kn-needs-synthetic">
              {m.t('kn-needs.source.banner')}
            </Notice>
          )}
          <ApiStatus state={overview} m={m}>{(data) => <OverviewView overview={data} m={m} />}</ApiStatus>
          {/* Before/after only for roles that read the overview (coordinators; partners for their municipality). */}
          {overview.status === 'ready' && <BeforeAfterSection source={filters.source} municipality={filters.municipality} />}
          {overview.status !== 'forbidden' && <StartEffort filters={filters} suggested={overview.status === 'ready' ? commonestNeed(overview.data) : undefined} m={m} />}
          {/* The backlog's refusal is never shown: a role without it either sees the overview's refusal already or is
              a partner, who reads the overview but has no part in the backlog (search misses are typed by the public). */}
          {backlog.status !== 'forbidden' && (
            <ApiStatus state={backlog} m={m}>{(data) => <Backlog backlog={data} m={m} />}</ApiStatus>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
