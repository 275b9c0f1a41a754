import type { Core } from '@strapi/strapi';
import { hubApolloPlugin } from '../src/graphql/apollo-plugin';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const limits = { budget: env.int('GRAPHQL_COMPLEXITY_BUDGET', 10000), defaultLimit: 25, maxLimit: 100 };
  return {
    i18n: { enabled: true },
    graphql: {
      enabled: true,
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // The GraphQL landing page (playground) is a development tool; production never serves it.
        landingPage: env('NODE_ENV') !== 'production',
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
        amountLimit: env.int('GRAPHQL_AMOUNT_LIMIT', 100),
        defaultLimit: limits.defaultLimit,
        maxLimit: limits.maxLimit,
        // Drafts refused and the complexity budget enforced before any resolver runs (cms/src/graphql).
        apolloServer: { introspection: env('NODE_ENV') !== 'production', plugins: [hubApolloPlugin(limits)] },
      },
    },
    // Occasions' mails (confirmation, reminder, waitlist offer, cancellation). `npm start` runs a local SMTP catcher.
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST', '127.0.0.1'),
          port: env.int('SMTP_PORT', 1025),
          secure: env.bool('SMTP_SECURE', false),
          ...(env('SMTP_USER', '') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD', '') } } : {}),
          // A local catcher has no certificate: only upgrade to TLS when the server offers it and it is not local.
          ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        },
        settings: {
          defaultFrom: env('MAIL_FROM', 'Kunskapsnavet <noreply@kunskapsnavet.example>'),
          defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'Kunskapsnavet <noreply@kunskapsnavet.example>')),
        },
      },
    },
    // Uploads: raster images and PDF only. SVG can carry script and is refused with the plugin's clear 400
    // ("File type 'image/svg+xml' is not allowed"); the type is detected from the bytes, not only the name.
    upload: {
      config: {
        security: {
          allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
          deniedTypes: ['image/svg+xml', 'text/*', 'application/xml', 'application/javascript'],
        },
      },
    },
    'users-permissions': {
      config: { jwtSecret: env('JWT_SECRET') },
    },
  };
};
