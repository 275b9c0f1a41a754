import * as React from 'react';
import type { BulkActionComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { InviteForm } from './InviteForm';
import { translator } from '../translate';
import { en } from './translations';

const CONTACT = 'api::needs-contact.needs-contact';

/**
 * "Invite to effort" on the contact requests' list (the coordinators' inbox): select requests, choose a published
 * effort, send. The route checks the role and that every selected request is from the coordinator's municipalities.
 */
export const InviteToEffortAction: BulkActionComponent = ({ documents, model }) => {
  const t = translator(useIntl(), en);
  if (model !== CONTACT) return null;
  const contacts = documents.map((d) => d.documentId);
  return {
    label: t('kn-inbox.invite'),
    dialog: {
      type: 'modal',
      title: t('kn-inbox.title', { count: contacts.length }),
      content: ({ onClose }: { onClose: () => void }) => <InviteForm contacts={contacts} onClose={onClose} />,
    },
  };
};

interface BulkActionApis {
  addBulkAction: (reducer: (actions: BulkActionComponent[]) => BulkActionComponent[]) => void;
}

/** The content manager's plugin API, checked rather than cast (it is typed loosely on StrapiApp). */
export function hasBulkActions(apis: unknown): apis is BulkActionApis {
  return typeof apis === 'object' && apis !== null && 'addBulkAction' in apis && typeof apis.addBulkAction === 'function';
}
