import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { byId, listed, listParams, range } from './shared.js';

export const balance = defineEntities({
  balance: {
    description: 'Funds in the Stripe account, available and pending, per currency',
    columns: ['available', 'pending', 'livemode'],
    actions: {
      get: {
        route: 'GET /v1/balance',
        description: 'Fetch the current account balance',
        params: z.object({}),
      },
    },
  },
  balance_transactions: {
    description: 'Every movement of funds in or out of the account balance',
    columns: ['id', 'type', 'amount', 'net', 'currency', 'created'],
    actions: {
      list: {
        route: 'GET /v1/balance_transactions',
        description: 'List balance transactions, newest first',
        params: listParams.extend({
          currency: z.string().optional().describe('Only transactions in this currency'),
          payout: z.string().optional().describe('Only transactions paid out in this payout ID'),
          source: z.string().optional().describe('Only transactions caused by this source object ID'),
          type: z.string().optional().describe('Only transactions of this type, e.g. charge, refund, payout'),
        }),
        ...listed,
      },
      get: {
        route: 'GET /v1/balance_transactions/{id}',
        description: 'Fetch one balance transaction',
        params: byId('balance transaction'),
      },
    },
  },
  payouts: {
    description: 'Transfers from the Stripe balance to your bank account or debit card',
    columns: ['id', 'amount', 'currency', 'status', 'arrival_date'],
    actions: {
      list: {
        route: 'GET /v1/payouts',
        description: 'List payouts, newest first',
        params: listParams.extend({
          arrival_date: range('the expected arrival date'),
          destination: z.string().optional().describe('Only payouts to this bank account or card ID'),
          status: z
            .enum(['pending', 'paid', 'failed', 'canceled'])
            .optional()
            .describe('Only payouts in this status'),
        }),
        ...listed,
      },
      get: {
        route: 'GET /v1/payouts/{id}',
        description: 'Fetch one payout',
        params: byId('payout'),
      },
    },
  },
});
