import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { createdRange, id, limit, linked, pageParams, single, sinceId, updatedRange } from './shared.js';

/** The product catalog: products, variants, images, collections, and inventory by location. */

const productId = id('product');
const collectionId = id('collection');
const locationId = id('location');

/** Filters shared by the custom and smart collection lists. */
const collectionFilters = {
  ...pageParams,
  title: z.string().optional().describe('Only collections with exactly this title'),
  product_id: z.number().int().optional().describe('Only collections that contain this product'),
  ...updatedRange,
};

export const catalogEntities = defineEntities({
  products: {
    description: 'Products with their variants, options, images, vendor, type and status',
    columns: ['id', 'title', 'vendor', 'product_type', 'status', 'updated_at'],
    actions: {
      list: {
        route: 'GET /products.json',
        description: 'List products, page by page, optionally filtered by status, type, vendor, collection or dates',
        params: z.object({
          ...pageParams,
          ...createdRange,
          ...updatedRange,
          status: z.enum(['active', 'archived', 'draft']).optional().describe('Only products in this status'),
          product_type: z.string().optional().describe('Only products of this type'),
          vendor: z.string().optional().describe('Only products from this vendor'),
          collection_id: z.number().int().optional().describe('Only products in this collection'),
        }),
        ...linked('products'),
      },
      get: single('GET /products/{product_id}.json', 'Fetch one product by ID', z.object({ product_id: productId }), 'product'),
    },
  },
  product_variants: {
    description: 'Variants of a product (size, colour…): price, SKU, inventory item and stock',
    columns: ['id', 'product_id', 'title', 'sku', 'price', 'inventory_quantity'],
    actions: {
      list: {
        route: 'GET /products/{product_id}/variants.json',
        description: 'List the variants of a product',
        params: z.object({ product_id: productId, ...pageParams }),
        ...linked('variants'),
      },
      get: single('GET /variants/{variant_id}.json', 'Fetch one variant by ID', z.object({ variant_id: id('variant') }), 'variant'),
    },
  },
  product_images: {
    description: 'Images of a product, with their position, size and the variants they show',
    columns: ['id', 'product_id', 'position', 'src', 'alt'],
    actions: {
      list: {
        route: 'GET /products/{product_id}/images.json',
        description: 'List the images of a product',
        params: z.object({ product_id: productId, since_id: sinceId }),
        ...linked('images'),
      },
      get: single(
        'GET /products/{product_id}/images/{image_id}.json',
        'Fetch one image of a product',
        z.object({ product_id: productId, image_id: id('image') }),
        'image',
      ),
    },
  },
  custom_collections: {
    description: 'Collections whose products are picked by hand',
    columns: ['id', 'title', 'handle', 'products_count', 'updated_at'],
    actions: {
      list: {
        route: 'GET /custom_collections.json',
        description: 'List custom collections, page by page',
        params: z.object(collectionFilters),
        ...linked('custom_collections'),
      },
      get: single(
        'GET /custom_collections/{collection_id}.json',
        'Fetch one custom collection by ID',
        z.object({ collection_id: collectionId }),
        'custom_collection',
      ),
    },
  },
  smart_collections: {
    description: 'Collections whose products are chosen by rules',
    columns: ['id', 'title', 'handle', 'disjunctive', 'products_count', 'updated_at'],
    actions: {
      list: {
        route: 'GET /smart_collections.json',
        description: 'List smart collections, page by page',
        params: z.object(collectionFilters),
        ...linked('smart_collections'),
      },
      get: single(
        'GET /smart_collections/{collection_id}.json',
        'Fetch one smart collection by ID',
        z.object({ collection_id: collectionId }),
        'smart_collection',
      ),
    },
  },
  collects: {
    description: 'Links between products and custom collections',
    columns: ['id', 'collection_id', 'product_id', 'position', 'created_at'],
    actions: {
      list: {
        route: 'GET /collects.json',
        description: 'List collects, page by page, optionally of one collection or product',
        params: z.object({
          ...pageParams,
          collection_id: z.number().int().optional().describe('Only collects of this collection'),
          product_id: z.number().int().optional().describe('Only collects of this product'),
        }),
        ...linked('collects'),
      },
      get: single('GET /collects/{collect_id}.json', 'Fetch one collect by ID', z.object({ collect_id: id('collect') }), 'collect'),
    },
  },
  locations: {
    description: 'Places where inventory is stocked and orders are fulfilled',
    columns: ['id', 'name', 'city', 'country_code', 'active'],
    actions: {
      list: {
        route: 'GET /locations.json',
        description: 'List the locations of the shop',
        params: z.object({}),
        ...linked('locations'),
      },
      get: single('GET /locations/{location_id}.json', 'Fetch one location by ID', z.object({ location_id: locationId }), 'location'),
    },
  },
  inventory_levels: {
    description: 'Stock available of each inventory item at a location',
    columns: ['inventory_item_id', 'location_id', 'available', 'updated_at'],
    actions: {
      list: {
        route: 'GET /locations/{location_id}/inventory_levels.json',
        description: 'List the inventory levels at a location',
        params: z.object({ location_id: locationId, limit }),
        ...linked('inventory_levels'),
      },
    },
  },
  inventory_items: {
    description: 'Inventory items behind variants: SKU, cost, origin and whether stock is tracked',
    columns: ['id', 'sku', 'cost', 'tracked', 'updated_at'],
    actions: {
      list: {
        route: 'GET /inventory_items.json',
        description: 'List inventory items by ID',
        params: z.object({
          ids: z.string().default('').describe('Comma-separated inventory item IDs, e.g. "808950810,39072856"'),
          limit,
        }),
        ...linked('inventory_items'),
      },
      get: single(
        'GET /inventory_items/{inventory_item_id}.json',
        'Fetch one inventory item by ID',
        z.object({ inventory_item_id: id('inventory item') }),
        'inventory_item',
      ),
    },
  },
});
