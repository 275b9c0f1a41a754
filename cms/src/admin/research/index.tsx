import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { ImportForm } from './ImportForm';
import { ReviewList } from './ReviewList';
import { useText } from './useText';

/** Admin page "Research & review": import references as draft research articles; guides due for a fact check. */
export default function ResearchPage() {
  const text = useText();
  return (
    <Page.Main>
      <Page.Title>{text.t('kn-research.title')}</Page.Title>
      <Layouts.Header title={text.t('kn-research.title')} subtitle={text.t('kn-research.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={10}>
          <ImportForm text={text} />
          <ReviewList text={text} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
