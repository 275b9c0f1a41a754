import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { Notice } from './Notice';
import type { ApiState } from './useApi';
import type { Messages } from './useMessages';

interface Props<T> {
  state: ApiState<T>;
  m: Messages;
  children: (data: T) => React.ReactNode;
}

/** Loading, 403 and error states in one place, so every section of the page tells the coordinator the same way. */
export function ApiStatus<T>({ state, m, children }: Props<T>) {
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'loading') {
    return (
      <Flex gap={3} padding={6} justifyContent="center">
        <Loader small>{m.t('kn-needs.loading')}</Loader>
        <Typography>{m.t('kn-needs.loading')}</Typography>
      </Flex>
    );
  }
  const forbidden = state.status === 'forbidden';
  return (
    <Notice tone={forbidden ? 'warning' : 'danger'} title={m.t('kn-needs.title')} data-testid="kn-needs-problem">
      {forbidden ? m.t('kn-needs.forbidden') : m.t('kn-needs.error', { message: state.message })}
    </Notice>
  );
}
