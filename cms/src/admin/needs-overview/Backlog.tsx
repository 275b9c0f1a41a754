import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { Backlog as BacklogData } from './schema';
import type { Messages } from './useMessages';

interface Props {
  backlog: BacklogData;
  m: Messages;
}

const Header = ({ labels }: { labels: string[] }) => (
  <Thead>
    <Tr>
      {labels.map((label) => (
        <Th key={label}><Typography variant="sigma">{label}</Typography></Th>
      ))}
    </Tr>
  </Thead>
);

/** What to write next: needs with their published content (as the API orders them), and searches that found nothing. */
export function Backlog({ backlog, m }: Props) {
  const { needs, searchMisses } = backlog;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="kn-needs-backlog">
      <Typography variant="delta" tag="h2">{m.t('kn-needs.backlog.title')}</Typography>
      <Typography variant="omega" fontWeight="bold" tag="h3" id="kn-needs-backlog-needs">{m.t('kn-needs.backlog.needs')}</Typography>
      <Table aria-labelledby="kn-needs-backlog-needs" colCount={4} rowCount={needs.length + 1}>
        <Header labels={[m.t('kn-needs.backlog.dimension'), m.t('kn-needs.backlog.share'), m.t('kn-needs.backlog.published'), m.t('kn-needs.backlog.topics')]} />
        <Tbody>
          {needs.map((need) => (
            <Tr key={need.dimension}>
              <Th scope="row"><Typography fontWeight="bold">{m.dimension(need.dimension)}</Typography></Th>
              <Td><Typography>{need.share === null ? m.t('kn-needs.notShown') : m.percent(need.share)}</Typography></Td>
              <Td><Typography>{m.number(need.publishedTotal)}</Typography></Td>
              {/* The table keeps cells on one line; a topic list that long wraps instead of scrolling sideways. */}
              <Td><Typography style={{ whiteSpace: 'normal' }}>{need.topics.map((topic) => `${topic.slug} (${topic.locale}: ${m.number(topic.published)})`).join(', ')}</Typography></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Typography variant="omega" fontWeight="bold" tag="h3" id="kn-needs-backlog-misses">{m.t('kn-needs.backlog.misses')}</Typography>
      {searchMisses.length === 0 ? (
        <Box><Typography>{m.t('kn-needs.backlog.noMisses')}</Typography></Box>
      ) : (
        <Table aria-labelledby="kn-needs-backlog-misses" colCount={4} rowCount={searchMisses.length + 1}>
          <Header labels={[m.t('kn-needs.backlog.query'), m.t('kn-needs.backlog.locale'), m.t('kn-needs.backlog.count'), m.t('kn-needs.backlog.lastSeen')]} />
          <Tbody>
            {searchMisses.map((miss) => (
              <Tr key={`${miss.locale}:${miss.query}`}>
                <Th scope="row"><Typography>{miss.query}</Typography></Th>
                <Td><Typography>{miss.locale}</Typography></Td>
                <Td><Typography>{m.number(miss.count)}</Typography></Td>
                <Td><Typography>{m.date(miss.lastSeenAt)}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Typography variant="omega" fontWeight="bold" tag="h3">{m.t('kn-needs.searchSync.title')}</Typography>
      <Box data-testid="kn-search-sync">
        <Typography>{m.t('kn-needs.searchSync.status', { pending: backlog.searchSync.pending, dead: backlog.searchSync.dead })}</Typography>
        {backlog.searchSync.dead > 0 && <Typography tag="p" variant="pi">{m.t('kn-needs.searchSync.help')}</Typography>}
      </Box>
    </Flex>
  );
}
