import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { translator } from '../translate';
import { en, type InboxKey } from './translations';

const Efforts = z.object({ efforts: z.array(z.object({ documentId: z.string(), title: z.string() })) });
const Result = z.object({ sent: z.number(), skipped: z.object({ no_email: z.number(), unsubscribed: z.number(), already_invited: z.number(), failed: z.number() }) });
const ErrorBody = z.object({ error: z.object({ message: z.string() }) });

/** The dialog of "invite to effort": choose a published effort, send, and read what happened to each request. */
export function InviteForm({ contacts, onClose }: { contacts: string[]; onClose: () => void }) {
  const intl = useIntl();
  const t = translator<InboxKey>(intl, en);
  const { get, post } = useFetchClient();
  const [efforts, setEfforts] = React.useState<z.infer<typeof Efforts>['efforts'] | null>(null);
  const [effort, setEffort] = React.useState('');
  const [message, setMessage] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    get<unknown>('/kn-inbox/efforts')
      .then(({ data }) => setEfforts(Efforts.parse(data).efforts))
      .catch((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)));
  }, [get]);

  async function send() {
    setBusy(true);
    try {
      const { data } = await post<unknown>('/kn-inbox/invite', { effort, contacts });
      const result = Result.parse(data);
      setMessage(t('kn-inbox.result', { sent: result.sent, ...result.skipped }));
    } catch (error) {
      const body = isFetchError(error) ? ErrorBody.safeParse(error.response?.data) : null;
      setMessage(body?.success ? body.data.error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>{t('kn-inbox.help')}</Typography>
        {efforts?.length === 0 ? <Typography>{t('kn-inbox.none')}</Typography> : null}
        <Field.Root name="effort">
          <Field.Label>{t('kn-inbox.effort')}</Field.Label>
          <SingleSelect value={effort} onChange={(value: string | number) => setEffort(String(value))}>
            {(efforts ?? []).map((e) => <SingleSelectOption key={e.documentId} value={e.documentId}>{e.title}</SingleSelectOption>)}
          </SingleSelect>
        </Field.Root>
        {message ? <Typography role="status" data-testid="kn-inbox-result">{message}</Typography> : null}
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" onClick={onClose}>{t('kn-inbox.close')}</Button>
          <Button onClick={send} loading={busy} disabled={effort === '' || busy}>{t('kn-inbox.send')}</Button>
        </Flex>
      </Flex>
    </Box>
  );
}
