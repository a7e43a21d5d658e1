import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { createdRange, id, limit, linked, pageParams, single, sinceId, updatedRange } from './shared.js';

/** Orders and what hangs off them: fulfillments, refunds, transactions; draft orders and abandoned checkouts. */

const orderId = id('order');

export const orderEntities = defineEntities({
  orders: {
    description: 'Orders: customer, line items, totals, financial and fulfillment status',
    columns: ['id', 'name', 'email', 'financial_status', 'fulfillment_status', 'total_price', 'created_at'],
    actions: {
      list: {
        route: 'GET /orders.json',
        description: 'List orders, page by page, optionally filtered by dates and status',
        params: z.object({
          ...pageParams,
          ...createdRange,
          ...updatedRange,
          status: z.enum(['open', 'closed', 'cancelled', 'any']).default('any').describe('Order status (default any)'),
          financial_status: z
            .enum(['authorized', 'pending', 'paid', 'partially_paid', 'refunded', 'voided', 'partially_refunded', 'any', 'unpaid'])
            .optional()
            .describe('Only orders in this payment state'),
          fulfillment_status: z
            .enum(['shipped', 'partial', 'unshipped', 'any', 'unfulfilled'])
            .optional()
            .describe('Only orders in this shipping state'),
        }),
        ...linked('orders'),
      },
      get: single('GET /orders/{order_id}.json', 'Fetch one order by ID', z.object({ order_id: orderId }), 'order'),
    },
  },
  draft_orders: {
    description: 'Draft orders created by staff, before they become orders',
    columns: ['id', 'name', 'email', 'status', 'total_price', 'updated_at'],
    actions: {
      list: {
        route: 'GET /draft_orders.json',
        description: 'List draft orders, page by page',
        params: z.object({
          ...pageParams,
          status: z.enum(['open', 'invoice_sent', 'completed']).optional().describe('Only draft orders in this status'),
          ...updatedRange,
        }),
        ...linked('draft_orders'),
      },
      get: single(
        'GET /draft_orders/{draft_order_id}.json',
        'Fetch one draft order by ID',
        z.object({ draft_order_id: id('draft order') }),
        'draft_order',
      ),
    },
  },
  abandoned_checkouts: {
    description: 'Checkouts that customers started but did not complete',
    columns: ['id', 'email', 'total_price', 'currency', 'created_at', 'completed_at'],
    actions: {
      list: {
        route: 'GET /checkouts.json',
        description: 'List abandoned checkouts, page by page',
        params: z.object({
          ...pageParams,
          ...createdRange,
          ...updatedRange,
          status: z.enum(['open', 'closed', 'any']).default('any').describe('Checkout status (default any)'),
        }),
        ...linked('checkouts'),
      },
    },
  },
  fulfillments: {
    description: 'Shipments of an order: items, tracking numbers and shipment status',
    columns: ['id', 'order_id', 'status', 'tracking_company', 'tracking_number', 'created_at'],
    actions: {
      list: {
        route: 'GET /orders/{order_id}/fulfillments.json',
        description: 'List the fulfillments of an order',
        params: z.object({ order_id: orderId, ...pageParams, ...createdRange, ...updatedRange }),
        ...linked('fulfillments'),
      },
      get: single(
        'GET /orders/{order_id}/fulfillments/{fulfillment_id}.json',
        'Fetch one fulfillment of an order',
        z.object({ order_id: orderId, fulfillment_id: id('fulfillment') }),
        'fulfillment',
      ),
    },
  },
  fulfillment_orders: {
    description: 'Groups of order items to be fulfilled from one location, with their status and holds',
    columns: ['id', 'order_id', 'status', 'request_status', 'assigned_location_id', 'updated_at'],
    actions: {
      list: {
        route: 'GET /orders/{order_id}/fulfillment_orders.json',
        description: 'List the fulfillment orders of an order',
        params: z.object({ order_id: orderId }),
        ...linked('fulfillment_orders'),
      },
      get: single(
        'GET /fulfillment_orders/{fulfillment_order_id}.json',
        'Fetch one fulfillment order by ID',
        z.object({ fulfillment_order_id: id('fulfillment order') }),
        'fulfillment_order',
      ),
    },
  },
  order_refunds: {
    description: 'Refunds of an order: refunded items, shipping, adjustments and transactions',
    columns: ['id', 'order_id', 'note', 'processed_at', 'created_at'],
    actions: {
      list: {
        route: 'GET /orders/{order_id}/refunds.json',
        description: 'List the refunds of an order',
        params: z.object({ order_id: orderId, limit }),
        ...linked('refunds'),
      },
      get: single(
        'GET /orders/{order_id}/refunds/{refund_id}.json',
        'Fetch one refund of an order',
        z.object({ order_id: orderId, refund_id: id('refund') }),
        'refund',
      ),
    },
  },
  transactions: {
    description: 'Payment transactions of an order: authorizations, captures, sales, refunds and voids',
    columns: ['id', 'order_id', 'kind', 'status', 'amount', 'currency', 'gateway'],
    actions: {
      list: {
        route: 'GET /orders/{order_id}/transactions.json',
        description: 'List the transactions of an order',
        params: z.object({ order_id: orderId, since_id: sinceId }),
        ...linked('transactions'),
      },
      get: single(
        'GET /orders/{order_id}/transactions/{transaction_id}.json',
        'Fetch one transaction of an order',
        z.object({ order_id: orderId, transaction_id: id('transaction') }),
        'transaction',
      ),
    },
  },
  tender_transactions: {
    description: 'Money movements across all orders, by payment method',
    columns: ['id', 'order_id', 'amount', 'currency', 'payment_method', 'processed_at'],
    actions: {
      list: {
        route: 'GET /tender_transactions.json',
        description: 'List tender transactions, page by page, optionally by processing time',
        params: z.object({
          ...pageParams,
          processed_at_min: z.string().optional().describe('Only transactions processed at or after this time (ISO 8601)'),
          processed_at_max: z.string().optional().describe('Only transactions processed at or before this time (ISO 8601)'),
          order: z.enum(['processed_at ASC', 'processed_at DESC']).optional().describe('Sort order by processing time'),
        }),
        ...linked('tender_transactions'),
      },
    },
  },
  price_rules: {
    description: 'Discount rules: value, targets, eligibility and usage limits',
    columns: ['id', 'title', 'value_type', 'value', 'starts_at', 'ends_at'],
    actions: {
      list: {
        route: 'GET /price_rules.json',
        description: 'List price rules, page by page',
        params: z.object({ ...pageParams, ...createdRange, ...updatedRange }),
        ...linked('price_rules'),
      },
      get: single(
        'GET /price_rules/{price_rule_id}.json',
        'Fetch one price rule by ID',
        z.object({ price_rule_id: id('price rule') }),
        'price_rule',
      ),
    },
  },
  discount_codes: {
    description: 'Codes customers enter at checkout to apply a price rule',
    columns: ['id', 'price_rule_id', 'code', 'usage_count', 'created_at'],
    actions: {
      list: {
        route: 'GET /price_rules/{price_rule_id}/discount_codes.json',
        description: 'List the discount codes of a price rule',
        params: z.object({ price_rule_id: id('price rule'), limit }),
        ...linked('discount_codes'),
      },
      get: single(
        'GET /price_rules/{price_rule_id}/discount_codes/{discount_code_id}.json',
        'Fetch one discount code of a price rule',
        z.object({ price_rule_id: id('price rule'), discount_code_id: id('discount code') }),
        'discount_code',
      ),
    },
  },
});
