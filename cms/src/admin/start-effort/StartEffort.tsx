import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { OverviewFilters } from '../needs-overview/filters';
import { failureState, useApi } from '../needs-overview/useApi';
import type { Messages } from '../needs-overview/useMessages';
import { DIMENSIONS, MUNICIPALITIES, type Dimension } from '../needs-overview/vocabulary';
import { SelectionSchema, selectionPath, StartedSchema, type EffortSelection } from './schema';
import { translator } from '../translate';
import { en, type EffortMessageKey } from './translations';

/**
 * "Start an effort" on the needs overview: the overview's municipality and industry filters plus a need make the
 * selection; the panel says how many consented contact requests fit it (from the API) and creates a draft effort
 * carrying it, then opens the draft's edit view.
 */
export function StartEffort({ filters, suggested, m }: { filters: OverviewFilters; suggested: Dimension | undefined; m: Messages }) {
  const intl = useIntl();
  const t = translator<EffortMessageKey>(intl, en);
  const [picked, setPicked] = React.useState<Dimension | null>(null);
  const dimension = picked ?? suggested ?? DIMENSIONS[0];
  const selection: EffortSelection = { dimension, municipality: filters.municipality, industry: filters.industry };
  const contacts = useApi(selectionPath(selection), SelectionSchema);
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [busy, setBusy] = React.useState(false);
  const municipality = MUNICIPALITIES.find((x) => x.slug === filters.municipality)?.name ?? t('kn-effort.anyMunicipality');
  const industry = filters.industry ? m.industry(filters.industry) : t('kn-effort.anyIndustry');
  const start = async () => {
    setBusy(true);
    try {
      const title = [t('kn-effort.draftTitle'), [m.dimension(dimension), filters.municipality ? municipality : '', filters.industry ? industry : ''].filter(Boolean).join(' × ')].join(': ');
      const { data } = await post<unknown>('/kn-efforts/start', { ...selection, municipality: selection.municipality || undefined, industry: selection.industry || undefined, title });
      navigate(StartedSchema.parse(data).editPath);
    } catch (error) {
      const state = failureState(error);
      toggleNotification({ type: 'danger', message: t('kn-effort.failed', { message: state.status === 'error' ? state.message : m.t('kn-needs.forbidden') }) });
      setBusy(false);
    }
  };
  if (contacts.status === 'forbidden') return null;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="kn-effort-start">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">{t('kn-effort.heading')}</Typography>
        <Typography tag="p">{t('kn-effort.intro')}</Typography>
        <Field.Root name="effortDimension" id="kn-effort-dimension" maxWidth="32rem">
          <Field.Label>{t('kn-effort.dimension')}</Field.Label>
          <SingleSelect value={dimension} onChange={(value) => setPicked(DIMENSIONS.find((d) => d === value) ?? null)}>
            {DIMENSIONS.map((d) => <SingleSelectOption key={d} value={d}>{m.dimension(d)}</SingleSelectOption>)}
          </SingleSelect>
        </Field.Root>
        <Typography tag="p" data-testid="kn-effort-selection">{t('kn-effort.selection', { dimension: m.dimension(dimension), municipality, industry })}</Typography>
        {contacts.status === 'ready' && (
          <Typography tag="p" fontWeight="bold" data-testid="kn-effort-contacts" data-count={contacts.data.consentedContacts}>
            {t('kn-effort.contacts', { count: contacts.data.consentedContacts, municipality })}
          </Typography>
        )}
        <Typography tag="p" textColor="neutral600">{t('kn-effort.contactsNote')}</Typography>
        <Box><Button startIcon={<Plus />} loading={busy} onClick={start}>{t('kn-effort.start')}</Button></Box>
      </Flex>
    </Box>
  );
}
