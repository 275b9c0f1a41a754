import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

interface Props {
  tone: 'warning' | 'danger';
  title: string;
  children: React.ReactNode;
  'data-testid'?: string;
}

/**
 * A message that stays: the design system's Alert always draws a close button, which would do nothing here.
 * Errors are announced at once (role=alert), the synthetic-data warning politely (role=status).
 */
export function Notice({ tone, title, children, ...rest }: Props) {
  return (
    <Box role={tone === 'danger' ? 'alert' : 'status'} background={`${tone}100`} borderColor={`${tone}200`} borderStyle="solid" borderWidth="1px" hasRadius paddingTop={4} paddingBottom={4} paddingLeft={5} paddingRight={5} {...rest}>
      <Typography fontWeight="bold" textColor="neutral800">{title} </Typography>
      <Typography textColor="neutral800">{children}</Typography>
    </Box>
  );
}
