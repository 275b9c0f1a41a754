import * as React from 'react';
import { Box, Button, Field, Flex, Grid, Radio, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { DEFAULT_FILTERS, validateFilters, type OverviewFilters } from './filters';
import type { Messages } from './useMessages';
import { GROUP_BY, INDUSTRIES, MUNICIPALITIES, SIZES, SOURCES } from './vocabulary';

/** SingleSelect items cannot have an empty value; this one stands for "any". */
const ANY = 'any';

interface Props {
  applied: OverviewFilters;
  onApply: (filters: OverviewFilters) => void;
  m: Messages;
}

type ChoiceField = 'groupBy' | 'municipality' | 'industry' | 'size';

/** The filters as a form: edits stay local until "Show", so typing a month does not fire a request per key. */
export function FiltersForm({ applied, onApply, m }: Props) {
  const [draft, setDraft] = React.useState(applied);
  // A new URL (Show, back/forward, a shared link) replaces whatever was being edited.
  React.useEffect(() => setDraft(applied), [applied]);
  const [submitted, setSubmitted] = React.useState(false);
  const errors = validateFilters(draft);
  const set = (patch: Partial<OverviewFilters>) => setDraft((current) => ({ ...current, ...patch }));
  const errorText = (field: 'from' | 'to') => (submitted && errors[field] ? m.t(errors[field] === 'order' ? 'kn-needs.month.order' : 'kn-needs.month.invalid') : undefined);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) onApply(draft);
  };

  const choice = (field: ChoiceField, label: string, options: Array<{ value: string; label: string }>, withAny = true) => (
    <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
      <Field.Root name={field} id={`kn-needs-${field}`} width="100%">
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={draft[field] || ANY} onChange={(value) => set({ [field]: value === ANY ? '' : String(value) })}>
          {withAny && <SingleSelectOption value={ANY}>{m.t('kn-needs.any')}</SingleSelectOption>}
          {options.map((option) => (
            <SingleSelectOption key={option.value} value={option.value}>{option.label}</SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  const month = (field: 'from' | 'to') => (
    <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
      <Field.Root name={field} id={`kn-needs-${field}`} hint={m.t('kn-needs.month.hint')} error={errorText(field)} width="100%">
        <Field.Label>{m.t(field === 'from' ? 'kn-needs.from' : 'kn-needs.to')}</Field.Label>
        <TextInput type="month" placeholder="2026-01" value={draft[field]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ [field]: e.target.value })} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} aria-labelledby="kn-needs-filters">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="kn-needs-filters">{m.t('kn-needs.filters')}</Typography>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral800" id="kn-needs-source">{m.t('kn-needs.source')}</Typography>
          <Radio.Group value={draft.source} onValueChange={(value: string) => set({ source: SOURCES.find((s) => s === value) ?? 'real' })} aria-labelledby="kn-needs-source" aria-describedby="kn-needs-source-hint">
            {SOURCES.map((source) => (
              <Radio.Item key={source} value={source}>{m.t(`kn-needs.source.${source}`)}</Radio.Item>
            ))}
          </Radio.Group>
          <Typography variant="pi" textColor="neutral600" id="kn-needs-source-hint">{m.t('kn-needs.source.hint')}</Typography>
        </Flex>
        <Grid.Root gap={4}>
          {choice('groupBy', m.t('kn-needs.groupBy'), GROUP_BY.map((g) => ({ value: g, label: m.t(`kn-needs.groupBy.${g}`) })), false)}
          {choice('municipality', m.t('kn-needs.municipality'), MUNICIPALITIES.map((x) => ({ value: x.slug, label: x.name })))}
          {choice('industry', m.t('kn-needs.industry'), INDUSTRIES.map((i) => ({ value: i, label: m.industry(i) })))}
          {choice('size', m.t('kn-needs.size'), SIZES.map((s) => ({ value: s, label: m.size(s) })))}
          {month('from')}
          {month('to')}
        </Grid.Root>
        <Flex gap={2}>
          <Button type="submit">{m.t('kn-needs.apply')}</Button>
          <Button type="button" variant="tertiary" onClick={() => onApply({ ...DEFAULT_FILTERS, source: draft.source })}>{m.t('kn-needs.reset')}</Button>
        </Flex>
      </Flex>
    </Box>
  );
}
