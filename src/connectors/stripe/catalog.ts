import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { byId, currency, listed, listParams, metadata, searched, searchParams } from './shared.js';

const productFields = z.object({
  active: z.boolean().optional().describe('Whether the product can be bought'),
  description: z.string().optional().describe('Description shown to customers'),
  images: z.array(z.string()).optional().describe('Up to 8 image URLs'),
  marketing_features: z
    .array(z.object({ name: z.string().optional().describe('Feature text, up to 80 characters') }))
    .optional()
    .describe('Up to 15 features listed on pricing tables'),
  metadata,
  package_dimensions: z
    .object({
      height: z.number().optional().describe('Height in inches'),
      length: z.number().optional().describe('Length in inches'),
      weight: z.number().optional().describe('Weight in ounces'),
      width: z.number().optional().describe('Width in inches'),
    })
    .optional()
    .describe('Shipping dimensions of the package'),
  shippable: z.boolean().optional().describe('Whether the product is a physical good that ships'),
  statement_descriptor: z.string().optional().describe('Text on card statements, at most 22 characters'),
  tax_code: z.string().optional().describe('Stripe tax code ID'),
  unit_label: z.string().optional().describe('Name of one unit on invoices and receipts, at most 12 characters'),
  url: z.string().optional().describe('Public web page of the product'),
});

export const catalog = defineEntities({
  products: {
    description: 'Goods or services you sell; prices are attached to them',
    columns: ['id', 'name', 'active', 'default_price', 'created'],
    actions: {
      list: {
        route: 'GET /v1/products',
        description: 'List products, newest first',
        params: listParams.extend({
          active: z.boolean().optional().describe('Only active (true) or archived (false) products'),
          ids: z.array(z.string()).optional().describe('Only products with these IDs'),
          shippable: z.boolean().optional().describe('Only shippable (true) or non-shippable (false) products'),
          url: z.string().optional().describe('Only products with this URL'),
        }),
        // Stripe reads a query array only with brackets (ids[]=a&ids[]=b); a bare repeated key keeps the last.
        wire: { ids: 'ids[]' },
        ...listed,
      },
      create: {
        route: 'POST /v1/products',
        description: 'Create a product',
        params: z
          .object({
            name: z.string().describe('Product name shown to customers'),
            id: z.string().optional().describe('Your own unique product ID instead of a generated one'),
          })
          .extend(productFields.shape),
      },
      get: {
        route: 'GET /v1/products/{id}',
        description: 'Fetch one product',
        params: byId('product'),
      },
      update: {
        route: 'POST /v1/products/{id}',
        description: 'Change fields of a product; fields left out stay as they are',
        params: byId('product')
          .extend(productFields.shape)
          .extend({
            name: z.string().optional().describe('Product name shown to customers'),
            default_price: z.string().optional().describe('ID of the price to make the default'),
          }),
      },
      delete: {
        route: 'DELETE /v1/products/{id}',
        description: 'Delete a product that has no prices (archive it with update active=false otherwise)',
        params: byId('product'),
        kind: 'destructive',
      },
      api_search: {
        route: 'GET /v1/products/search',
        description: "Find products with Stripe's search query language (fields such as name, active, metadata)",
        params: searchParams,
        ...searched,
      },
    },
  },
  prices: {
    description: 'Amounts and billing intervals charged for a product',
    columns: ['id', 'product', 'unit_amount', 'currency', 'type'],
    actions: {
      create: {
        route: 'POST /v1/prices',
        description: 'Create a one-off or recurring price for a product',
        params: z.object({
          currency,
          product: z.string().describe('ID of the product the price belongs to'),
          unit_amount: z.number().int().describe('Amount in the smallest currency unit (e.g. cents)'),
          active: z.boolean().optional().describe('Whether the price can be used for new purchases (default true)'),
          nickname: z.string().optional().describe('Internal label, not shown to customers'),
          recurring: z
            .object({
              interval: z.enum(['day', 'week', 'month', 'year']).optional().describe('Billing frequency'),
              interval_count: z.number().int().optional().describe('Intervals between bills, e.g. 3 with month'),
              usage_type: z
                .enum(['metered', 'licensed'])
                .optional()
                .describe('licensed bills a set quantity, metered bills reported usage'),
            })
            .optional()
            .describe('Makes the price recurring'),
          billing_scheme: z
            .enum(['per_unit', 'tiered'])
            .optional()
            .describe('Charge a fixed amount per unit or by tiers'),
          lookup_key: z.string().optional().describe('Stable key to look the price up by'),
          tax_behavior: z
            .enum(['exclusive', 'inclusive', 'unspecified'])
            .optional()
            .describe('Whether the amount includes tax'),
          metadata,
        }),
      },
    },
  },
});
