import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  byId,
  currency,
  customerAccount,
  customerId,
  listed,
  listParams,
  metadata,
  paymentIntentId,
  searched,
  searchParams,
} from './shared.js';

const chargeId = z.string().optional().describe('Only objects tied to this charge ID');

const paymentIntentFields = z.object({
  customer: z.string().optional().describe('ID of the customer paying'),
  description: z.string().optional().describe('Free-form description'),
  payment_method: z.string().optional().describe('ID of the payment method to charge'),
  receipt_email: z.string().optional().describe('Where to email the receipt'),
  statement_descriptor: z.string().optional().describe('Text on card statements, at most 22 characters'),
  statement_descriptor_suffix: z
    .string()
    .optional()
    .describe('Suffix appended to the account statement descriptor, at most 22 characters'),
  metadata,
});

const intentColumns = ['id', 'amount', 'currency', 'status', 'customer', 'created'];

export const payments = defineEntities({
  charges: {
    description: 'Attempts to move money from a card or other payment method',
    columns: ['id', 'amount', 'currency', 'status', 'customer', 'created'],
    actions: {
      list: {
        route: 'GET /v1/charges',
        description: 'List charges, newest first',
        params: listParams.extend({ customer: customerId, payment_intent: paymentIntentId }),
        ...listed,
      },
      get: {
        route: 'GET /v1/charges/{id}',
        description: 'Fetch one charge',
        params: byId('charge'),
      },
      api_search: {
        route: 'GET /v1/charges/search',
        description: "Find charges with Stripe's search query language (fields such as amount, status, customer)",
        params: searchParams,
        ...searched,
      },
    },
  },
  refunds: {
    description: 'Money returned to a customer for an earlier charge',
    columns: ['id', 'amount', 'currency', 'status', 'charge', 'created'],
    actions: {
      list: {
        route: 'GET /v1/refunds',
        description: 'List refunds, newest first',
        params: listParams.extend({ charge: chargeId, payment_intent: paymentIntentId }),
        ...listed,
      },
      create: {
        route: 'POST /v1/refunds',
        description: 'Refund a charge or a PaymentIntent, fully or in part (give charge or payment_intent)',
        params: z.object({
          charge: z.string().optional().describe('ID of the charge to refund'),
          payment_intent: z.string().optional().describe('ID of the PaymentIntent to refund'),
          amount: z
            .number()
            .int()
            .optional()
            .describe('Amount to refund in the smallest currency unit; the whole remaining amount if left out'),
          metadata,
          reason: z
            .enum(['duplicate', 'fraudulent', 'requested_by_customer'])
            .optional()
            .describe('Why the money is returned'),
          refund_application_fee: z.boolean().optional().describe('Also refund the Connect application fee'),
          reverse_transfer: z.boolean().optional().describe('Also reverse the Connect transfer'),
        }),
      },
      get: {
        route: 'GET /v1/refunds/{id}',
        description: 'Fetch one refund',
        params: byId('refund'),
      },
    },
  },
  payment_intents: {
    description: 'The lifecycle of collecting one payment from a customer',
    columns: intentColumns,
    actions: {
      create: {
        route: 'POST /v1/payment_intents',
        description: 'Start collecting a payment of a given amount',
        params: z
          .object({
            amount: z.number().int().describe('Amount to collect in the smallest currency unit (e.g. 5000 = $50.00)'),
            currency,
          })
          .extend(paymentIntentFields.shape)
          .extend({
            confirm: z.boolean().optional().describe('Try to confirm the PaymentIntent right away'),
            automatic_payment_methods: z
              .object({
                enabled: z.boolean().optional().describe('Accept the payment methods enabled in the Dashboard'),
                allow_redirects: z
                  .enum(['always', 'never'])
                  .optional()
                  .describe('Whether payment methods that redirect the customer are allowed'),
              })
              .optional()
              .describe('Let Stripe choose the payment methods from the Dashboard settings'),
          }),
      },
      list: {
        route: 'GET /v1/payment_intents',
        description: 'List PaymentIntents, newest first',
        params: listParams.extend({ customer: customerId, customer_account: customerAccount }),
        ...listed,
      },
      update: {
        route: 'POST /v1/payment_intents/{id}',
        description: 'Change a PaymentIntent that is not yet confirmed',
        params: byId('PaymentIntent')
          .extend({
            amount: z.number().int().optional().describe('New amount in the smallest currency unit'),
            currency: currency.optional(),
          })
          .extend(paymentIntentFields.shape),
      },
      get: {
        route: 'GET /v1/payment_intents/{id}',
        description: 'Fetch one PaymentIntent',
        params: byId('PaymentIntent'),
      },
      api_search: {
        route: 'GET /v1/payment_intents/search',
        description: "Find PaymentIntents with Stripe's search query language (fields such as amount, status)",
        params: searchParams,
        ...searched,
      },
    },
  },
  payment_intent_confirmations: {
    description: 'Confirming that the customer means to pay a PaymentIntent, which starts the payment',
    columns: intentColumns,
    actions: {
      create: {
        route: 'POST /v1/payment_intents/{id}/confirm',
        description: 'Confirm a PaymentIntent and attempt the payment',
        params: byId('PaymentIntent').extend({
          payment_method: z.string().optional().describe('ID of the payment method to use'),
          receipt_email: z.string().optional().describe('Where to email the receipt'),
          return_url: z.string().optional().describe('Where to send the customer back after a redirect-based payment'),
        }),
      },
    },
  },
  payment_intent_cancellations: {
    description: 'Cancelling a PaymentIntent that has not succeeded',
    columns: ['id', 'status', 'cancellation_reason', 'amount', 'currency'],
    actions: {
      create: {
        route: 'POST /v1/payment_intents/{id}/cancel',
        description: 'Cancel a PaymentIntent; it cannot be used again',
        params: byId('PaymentIntent').extend({
          cancellation_reason: z
            .enum(['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'])
            .optional()
            .describe('Why the PaymentIntent is cancelled'),
        }),
        kind: 'destructive',
      },
    },
  },
  payment_method_attachments: {
    description: 'Saving a payment method on a customer for later use',
    columns: ['id', 'type', 'customer', 'created'],
    actions: {
      create: {
        route: 'POST /v1/payment_methods/{id}/attach',
        description: 'Attach a payment method to a customer',
        params: byId('payment method').extend({
          customer: z.string().describe('ID of the customer to attach it to'),
        }),
      },
    },
  },
  checkout_sessions: {
    description: 'Stripe-hosted payment pages for one-off payments, subscriptions or saving cards',
    columns: ['id', 'mode', 'status', 'url', 'customer'],
    actions: {
      create: {
        route: 'POST /v1/checkout/sessions',
        description: 'Create a Checkout page and get its URL',
        params: z.object({
          mode: z
            .enum(['payment', 'setup', 'subscription'])
            .describe('payment (one-off), subscription (recurring) or setup (save a payment method)'),
          success_url: z.string().optional().describe('Where the customer lands after completing checkout'),
          cancel_url: z.string().optional().describe('Where the customer lands after abandoning checkout'),
          customer: z.string().optional().describe('ID of an existing customer'),
          customer_email: z.string().optional().describe('Email to prefill when no customer is given'),
          line_items: z
            .array(
              z.object({
                price: z.string().optional().describe('Price ID'),
                quantity: z.number().int().optional().describe('Quantity of the price'),
              }),
            )
            .optional()
            .describe('What is being bought'),
          client_reference_id: z.string().optional().describe('Your own reference for reconciling the session'),
          metadata,
        }),
      },
    },
  },
  disputes: {
    description: 'Chargebacks and inquiries raised by cardholders against charges',
    columns: ['id', 'amount', 'currency', 'reason', 'status', 'created'],
    actions: {
      list: {
        route: 'GET /v1/disputes',
        description: 'List disputes, newest first',
        params: listParams.extend({ charge: chargeId, payment_intent: paymentIntentId }),
        ...listed,
      },
      get: {
        route: 'GET /v1/disputes/{id}',
        description: 'Fetch one dispute',
        params: byId('dispute'),
      },
    },
  },
});
