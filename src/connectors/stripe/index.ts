import { bearer, defineConnector } from '../kit.js';
import { balance } from './balance.js';
import { billing } from './billing.js';
import { catalog } from './catalog.js';
import { customers } from './customers.js';
import { payments } from './payments.js';

export default defineConnector({
  name: 'stripe',
  title: 'Stripe',
  definitionId: 'e094cb9a-26de-4645-8761-65c0c425d1de',
  docsUrl: 'https://docs.stripe.com/api',
  server: 'https://api.stripe.com',
  auth: {
    api_key: bearer({
      field: 'api_key',
      env: 'STRIPE_API_KEY',
      title: 'Secret key',
      description: 'Secret or restricted API key (sk_live_…, sk_test_… or rk_…)',
      secret: true,
      scheme: { title: 'API key', description: 'Sends the secret key as a Bearer token' },
    }),
  },
  body: 'form',
  idempotencyHeader: 'Idempotency-Key',
  entities: {
    ...customers,
    ...billing,
    ...catalog,
    ...payments,
    ...balance,
  },
});
