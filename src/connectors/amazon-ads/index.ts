import { z } from 'zod';
import { defineConnector, field, oauth2, paginate } from '../kit.js';
import { CLIENT_ID_HEADER, clientOnly, clientOnlyIn, longId, scoped, scopedIn, versionedList } from './shared.js';

/**
 * Amazon Ads API: advertising profiles, portfolios, Sponsored Products (campaigns, ad groups, keywords, product
 * ads, targets and their negatives) and Sponsored Brands (campaigns, ad groups). Read-only.
 */
export default defineConnector({
  name: 'amazon-ads',
  title: 'Amazon Ads',
  definitionId: 'c6b0a29e-1da9-4512-9002-7bfd0cba2246',
  docsUrl: 'https://advertising.amazon.com/API/docs/en-us',
  server: 'https://{region}',
  config: {
    region: field('AMAZON_ADS_REGION', {
      kind: 'host',
      title: 'Regional API host',
      description:
        'advertising-api.amazon.com (North America), advertising-api-eu.amazon.com (Europe) or advertising-api-fe.amazon.com (Far East)',
      secret: false,
      default: 'advertising-api.amazon.com',
    }),
    token_url: field('AMAZON_ADS_TOKEN_URL', {
      kind: 'url',
      title: 'Login with Amazon token endpoint',
      description:
        'https://api.amazon.com/auth/o2/token (North America); Europe uses api.amazon.co.uk and the Far East api.amazon.co.jp',
      secret: false,
      default: 'https://api.amazon.com/auth/o2/token',
    }),
  },
  auth: {
    oauth2: oauth2({
      title: 'Login with Amazon (OAuth 2.0)',
      description: 'An Amazon Ads API application and a refresh token; access tokens are refreshed automatically',
      tokenUrl: '{token_url}',
      clientAuth: 'body',
      headers: { [CLIENT_ID_HEADER]: '{client_id}' },
      fields: {
        client_id: field('AMAZON_ADS_CLIENT_ID', { title: 'Client ID', description: 'Client ID of your Amazon Ads API application', secret: false }),
        client_secret: field('AMAZON_ADS_CLIENT_SECRET', { title: 'Client secret', secret: true }),
        refresh_token: field('AMAZON_ADS_REFRESH_TOKEN', {
          title: 'Refresh token',
          description: 'Refresh token from the authorization-code grant of your application',
          secret: true,
        }),
        access_token: field('AMAZON_ADS_ACCESS_TOKEN', {
          title: 'Access token',
          description: 'A current access token; fetched with the refresh token when absent or expired',
          secret: true,
          optional: true,
        }),
      },
    }),
  },
  body: 'json',
  entities: {
    profiles: {
      description: 'Advertising profiles: one advertiser account in one marketplace',
      columns: ['profileId', 'countryCode', 'currencyCode', 'timezone', 'accountInfo'],
      actions: {
        list: {
          route: 'GET /v2/profiles',
          description: 'List every advertising profile the credentials can access (one response, no paging)',
          params: clientOnly.extend({
            profileTypeFilter: z.string().default('seller,vendor').describe('Comma-separated profile types: seller, vendor, agency'),
          }),
          ...clientOnlyIn,
        },
        get: {
          route: 'GET /v2/profiles/{profileId}',
          description: 'Fetch one advertising profile by ID',
          params: clientOnly.extend({ profileId: longId('profile') }),
          ...clientOnlyIn,
        },
      },
    },
    portfolios: {
      description: 'Portfolios: groups of campaigns sharing a budget',
      columns: ['portfolioId', 'name', 'state', 'budget'],
      actions: {
        list: {
          route: 'POST /portfolios/list',
          description: 'List the portfolios of a profile, page by page',
          kind: 'read',
          params: scoped.extend({
            includeExtendedDataFields: z
              .string()
              .default('true')
              .describe('"true" to add serving status and creation/update dates to each portfolio'),
            nextToken: z.string().optional().describe('Cursor from nextToken of the previous page'),
          }),
          ...scopedIn,
          records: 'portfolios',
          meta: { next_token: 'nextToken' },
          paginate: paginate.cursor({ param: 'nextToken', from: 'nextToken', in: 'body' }),
        },
        get: {
          route: 'GET /v2/portfolios/{portfolioId}',
          description: 'Fetch one portfolio by ID',
          params: scoped.extend({ portfolioId: longId('portfolio') }),
          ...scopedIn,
        },
      },
    },
    sponsored_product_campaigns: {
      description: 'Sponsored Products campaigns, which promote individual product listings',
      columns: ['campaignId', 'name', 'state', 'targetingType', 'budget'],
      actions: {
        list: versionedList('/sp/campaigns/list', 'campaigns', 'application/vnd.spCampaign.v3+json', 'Sponsored Products campaigns'),
        get: {
          route: 'GET /v2/sp/campaigns/{campaignId}',
          description: 'Fetch one Sponsored Products campaign by ID',
          params: scoped.extend({ campaignId: longId('campaign') }),
          ...scopedIn,
        },
      },
    },
    sponsored_product_ad_groups: {
      description: 'Sponsored Products ad groups: ads and targeting grouped within a campaign',
      columns: ['adGroupId', 'name', 'campaignId', 'state', 'defaultBid'],
      actions: {
        list: versionedList('/sp/adGroups/list', 'adGroups', 'application/vnd.spAdGroup.v3+json', 'Sponsored Products ad groups'),
      },
    },
    sponsored_product_keywords: {
      description: 'Keywords targeted by Sponsored Products ad groups',
      columns: ['keywordId', 'keywordText', 'matchType', 'state', 'bid'],
      actions: {
        list: versionedList('/sp/keywords/list', 'keywords', 'application/vnd.spKeyword.v3+json', 'Sponsored Products keywords'),
      },
    },
    sponsored_product_product_ads: {
      description: 'Sponsored Products ads: the advertised ASIN or SKU in an ad group',
      columns: ['adId', 'asin', 'sku', 'state', 'adGroupId'],
      actions: {
        list: versionedList('/sp/productAds/list', 'productAds', 'application/vnd.spProductAd.v3+json', 'Sponsored Products product ads'),
      },
    },
    sponsored_product_targets: {
      description: 'Product and category targeting clauses of Sponsored Products ad groups',
      columns: ['targetId', 'expressionType', 'state', 'bid', 'adGroupId'],
      actions: {
        list: versionedList('/sp/targets/list', 'targetingClauses', 'application/vnd.spTargetingClause.v3+json', 'Sponsored Products targeting clauses'),
      },
    },
    sponsored_product_negative_keywords: {
      description: 'Keywords excluded from Sponsored Products ad groups',
      columns: ['keywordId', 'keywordText', 'matchType', 'state', 'adGroupId'],
      actions: {
        list: versionedList(
          '/sp/negativeKeywords/list',
          'negativeKeywords',
          'application/vnd.spNegativeKeyword.v3+json',
          'Sponsored Products negative keywords',
        ),
      },
    },
    sponsored_product_negative_targets: {
      description: 'Products and categories excluded from Sponsored Products ad groups',
      columns: ['targetId', 'expressionType', 'state', 'adGroupId'],
      actions: {
        list: versionedList(
          '/sp/negativeTargets/list',
          'negativeTargetingClauses',
          'application/vnd.spNegativeTargetingClause.v3+json',
          'Sponsored Products negative targeting clauses',
        ),
      },
    },
    sponsored_brands_campaigns: {
      description: 'Sponsored Brands campaigns, which feature a brand logo, headline and several products',
      columns: ['campaignId', 'name', 'state', 'budget', 'budgetType'],
      actions: {
        list: versionedList('/sb/v4/campaigns/list', 'campaigns', 'application/vnd.sbcampaignresource.v4+json', 'Sponsored Brands campaigns'),
      },
    },
    sponsored_brands_ad_groups: {
      description: 'Ad groups of Sponsored Brands campaigns',
      columns: ['adGroupId', 'name', 'campaignId', 'state'],
      actions: {
        list: versionedList('/sb/v4/adGroups/list', 'adGroups', 'application/vnd.sbadgroupresource.v4+json', 'Sponsored Brands ad groups'),
      },
    },
  },
});
