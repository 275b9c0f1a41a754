import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
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
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: { introspection: env('NODE_ENV') !== 'production' },
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
});
