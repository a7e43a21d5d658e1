import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { createdRange, id, limit, linked, pageParams, single, sinceId, updatedRange } from './shared.js';

/** Customers and their addresses, plus the shop itself and its shipping countries. */

const customerId = id('customer');

export const customerEntities = defineEntities({
  customers: {
    description: 'Customers: contact details, marketing consent, order count and total spent',
    columns: ['id', 'email', 'first_name', 'last_name', 'orders_count', 'updated_at'],
    actions: {
      list: {
        route: 'GET /customers.json',
        description: 'List customers, page by page, optionally filtered by creation or update time',
        params: z.object({ ...pageParams, ...createdRange, ...updatedRange }),
        ...linked('customers'),
      },
      get: single('GET /customers/{customer_id}.json', 'Fetch one customer by ID', z.object({ customer_id: customerId }), 'customer'),
    },
  },
  customer_address: {
    description: 'Postal addresses saved on a customer',
    columns: ['id', 'customer_id', 'name', 'city', 'country_code', 'default'],
    actions: {
      list: {
        route: 'GET /customers/{customer_id}/addresses.json',
        description: 'List the addresses of a customer',
        params: z.object({ customer_id: customerId, limit }),
        ...linked('addresses'),
      },
      get: single(
        'GET /customers/{customer_id}/addresses/{address_id}.json',
        'Fetch one address of a customer',
        z.object({ customer_id: customerId, address_id: id('address') }),
        'customer_address',
      ),
    },
  },
  shop: {
    description: 'The store: name, domain, owner, plan, currency, timezone and settings',
    columns: ['id', 'name', 'myshopify_domain', 'plan_name', 'currency', 'iana_timezone'],
    actions: {
      get: single('GET /shop.json', 'Fetch the settings of the shop the token belongs to', z.object({}), 'shop'),
    },
  },
  countries: {
    description: 'Countries the shop ships to, with their tax rates and provinces',
    columns: ['id', 'name', 'code', 'tax_name', 'tax'],
    actions: {
      list: {
        route: 'GET /countries.json',
        description: 'List the shipping countries of the shop',
        params: z.object({ since_id: sinceId }),
        ...linked('countries'),
      },
      get: single('GET /countries/{country_id}.json', 'Fetch one country by ID', z.object({ country_id: id('country') }), 'country'),
    },
  },
});
