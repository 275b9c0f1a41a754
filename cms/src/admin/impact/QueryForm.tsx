import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { en as needsText } from '../needs-overview/translations';
import { isDay, type ReportQuery } from './query';
import type { EffortList } from './schema';
import type { Text } from './useText';

/** Choose the effort, the period and the source; applied to the URL on submit (so a report can be bookmarked). */
export function QueryForm({ applied, efforts, onApply, x, sourceLabel }: { applied: ReportQuery; efforts: EffortList; onApply: (q: ReportQuery) => void; x: Text; sourceLabel: (key: keyof typeof needsText) => string }) {
  const [draft, setDraft] = React.useState(applied);
  React.useEffect(() => setDraft(applied), [applied]);
  const bad = (v: string) => (isDay(v) ? undefined : x.t('kn-impact.date.hint'));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (isDay(draft.from) && isDay(draft.to) && draft.effort) onApply(draft);
  };
  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} data-kn-print="hide" data-testid="kn-impact-form">
      <Flex gap={4} wrap="wrap" alignItems="flex-end">
        <Field.Root name="effort" id="kn-impact-effort" minWidth="24rem">
          <Field.Label>{x.t('kn-impact.effort')}</Field.Label>
          <SingleSelect placeholder={x.t('kn-impact.effort.pick')} value={draft.effort || undefined} onChange={(v) => setDraft({ ...draft, effort: String(v) })}>
            {efforts.map((e) => (
              <SingleSelectOption key={e.documentId} value={e.documentId}>{`${e.title}${e.published ? '' : ` (${x.t('kn-impact.draft')})`}`}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {(['from', 'to'] as const).map((key) => (
          <Field.Root key={key} name={key} id={`kn-impact-${key}`} hint={x.t('kn-impact.date.hint')} error={bad(draft[key])}>
            <Field.Label>{x.t(key === 'from' ? 'kn-impact.from' : 'kn-impact.to')}</Field.Label>
            <TextInput value={draft[key]} placeholder="2026-01-01" onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.target.value.trim() })} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        ))}
        <Field.Root name="source" id="kn-impact-source">
          <Field.Label>{sourceLabel('kn-needs.source')}</Field.Label>
          <SingleSelect value={draft.source} onChange={(v) => setDraft({ ...draft, source: v === 'synthetic' ? 'synthetic' : 'real' })}>
            <SingleSelectOption value="real">{sourceLabel('kn-needs.source.real')}</SingleSelectOption>
            <SingleSelectOption value="synthetic">{sourceLabel('kn-needs.source.synthetic')}</SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        <Button type="submit" disabled={!draft.effort}>{x.t('kn-impact.show')}</Button>
      </Flex>
    </Box>
  );
}
