import * as React from 'react';
import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { Notice } from '../needs-overview/Notice';
import { useApi } from '../needs-overview/useApi';
import { ReviewListSchema } from './schema';
import type { Text } from './useText';

/** Guides due for a fact check, most overdue first (the API decides; this only shows it). */
export function ReviewList({ text }: { text: Text }) {
  const state = useApi('/kn-research/review-due?withinDays=30', ReviewListSchema);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} data-testid="kn-research-review">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">{text.t('kn-research.review')}</Typography>
        <Typography textColor="neutral600">{text.t('kn-research.review.hint')}</Typography>
        {state.status === 'forbidden' && <Notice tone="warning" title={text.t('kn-research.review')}>{text.t('kn-research.forbidden')}</Notice>}
        {state.status === 'error' && <Notice tone="danger" title={text.t('kn-research.review')}>{text.t('kn-research.error', { message: state.message })}</Notice>}
        {state.status === 'ready' && state.data.items.length === 0 && <Typography>{text.t('kn-research.review.none')}</Typography>}
        {state.status === 'ready' && state.data.items.length > 0 && (
          <Table colCount={3} rowCount={state.data.items.length + 1}>
            <Thead>
              <Tr><Th><Typography variant="sigma">{text.t('kn-research.review.title')}</Typography></Th><Th><Typography variant="sigma">{text.t('kn-research.review.last')}</Typography></Th><Th><Typography variant="sigma">{text.t('kn-research.review.due')}</Typography></Th></Tr>
            </Thead>
            <Tbody>
              {state.data.items.map((item) => (
                <Tr key={item.documentId}>
                  <Td><Link to={`/content-manager/collection-types/api::guide.guide/${item.documentId}?plugins[i18n][locale]=sv`}>{item.title}</Link></Td>
                  <Td><Typography>{item.lastReviewed ? text.date(item.lastReviewed) : text.t('kn-research.review.never')}</Typography></Td>
                  <Td><Typography>{item.dueOn ? text.date(item.dueOn) : '–'}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>
    </Box>
  );
}
