import * as React from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { Notice } from '../needs-overview/Notice';
import { ImportReportSchema, type ImportReport } from './schema';
import type { Text } from './useText';

type State = { status: 'idle' | 'busy' } | { status: 'done'; report: ImportReport } | { status: 'failed'; message: string };

/** A 400 "nothing imported" carries the same report as a success: every entry with what it lacks. */
function reportOf(error: unknown): ImportReport | null {
  if (!isFetchError(error)) return null;
  const parsed = ImportReportSchema.safeParse(error.response?.data?.error?.details);
  return parsed.success ? parsed.data : null;
}

export function ImportForm({ text }: { text: Text }) {
  const { post } = useFetchClient();
  const [input, setInput] = React.useState('');
  const [state, setState] = React.useState<State>({ status: 'idle' });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setState({ status: 'busy' });
    try {
      const { data } = await post<unknown>('/kn-research/import', { text: input, locale: 'sv' });
      const report = ImportReportSchema.safeParse(data);
      setState(report.success ? { status: 'done', report: report.data } : { status: 'failed', message: 'unexpected answer' });
    } catch (error) {
      const report = reportOf(error);
      if (report) setState({ status: 'done', report });
      else if (isFetchError(error) && error.status === 403) setState({ status: 'failed', message: text.t('kn-research.forbidden') });
      else setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="kn-research-import">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">{text.t('kn-research.import')}</Typography>
        <Field.Root hint={text.t('kn-research.import.hint')}>
          <Field.Label>{text.t('kn-research.import.field')}</Field.Label>
          <Textarea name="references" value={input} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setInput(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Box><Button type="submit" loading={state.status === 'busy'} disabled={!input.trim()}>{text.t(state.status === 'busy' ? 'kn-research.import.busy' : 'kn-research.import.submit')}</Button></Box>
        {state.status === 'failed' && <Notice tone="danger" title={text.t('kn-research.import')}>{text.t('kn-research.error', { message: state.message })}</Notice>}
        {state.status === 'done' && <ImportResult report={state.report} text={text} />}
      </Flex>
    </Box>
  );
}

function ImportResult({ report, text }: { report: ImportReport; text: Text }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={3} role="status" data-testid="kn-research-result">
      <Typography fontWeight="bold">{text.t('kn-research.import.result', { parsed: report.parsed, created: report.created.length, rejected: report.rejected.length })}</Typography>
      {report.created.length > 0 && (
        <ul aria-label={text.t('kn-research.import.created')}>
          {report.created.map((d) => (
            <li key={d.documentId}><Link to={`/content-manager/collection-types/api::research-article.research-article/${d.documentId}?plugins[i18n][locale]=sv`}>{d.title}</Link></li>
          ))}
        </ul>
      )}
      {report.rejected.length > 0 && (
        <ul aria-label={text.t('kn-research.import.rejected')} data-testid="kn-research-rejected">
          {report.rejected.map((r) => (
            <li key={r.position}>
              <Typography fontWeight="semiBold">{text.t('kn-research.import.entry', { n: r.position })} – {r.label}:</Typography>{' '}
              <Typography>{r.problems.map((p) => (text.swedish ? p.sv : p.en)).join(' ')}</Typography>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
