import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { Notice } from '../needs-overview/Notice';
import type { ApiState } from '../needs-overview/useApi';
import type { Text } from './useText';

/** Loading, 403 and error states of an impact API call, said the same way everywhere. */
export function Status<T>({ state, x, children }: { state: ApiState<T>; x: Text; children: (data: T) => React.ReactNode }) {
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'loading') {
    return (
      <Flex gap={3} padding={6} justifyContent="center">
        <Loader small>{x.t('kn-impact.loading')}</Loader>
      </Flex>
    );
  }
  const forbidden = state.status === 'forbidden';
  return (
    <Notice tone={forbidden ? 'warning' : 'danger'} title={x.t('kn-impact.title')} data-testid="kn-impact-problem">
      {forbidden ? x.t('kn-impact.forbidden') : x.t('kn-impact.error', { message: state.message })}
    </Notice>
  );
}
