import { z } from 'zod';
import { defineEntities, renamedEntity } from '../kit.js';
import { accountId, fields, objectId, paged, pageParams } from './shared.js';

/** The user, their ad accounts and account-level assets: custom conversions, pixels, the Ad Library. */

const AD_ACCOUNT_SUMMARY_FIELDS =
  'id,account_id,name,account_status,age,amount_spent,balance,business,business_name,created_time,currency,' +
  'disable_reason,spend_cap,timezone_id,timezone_name';
const AD_ACCOUNT_FIELDS =
  'id,account_id,name,account_status,age,amount_spent,balance,business,business_city,business_country_code,' +
  'business_name,business_state,business_street,business_street2,business_zip,created_time,currency,' +
  'disable_reason,end_advertiser,end_advertiser_name,funding_source,funding_source_details,' +
  'has_migrated_permissions,is_personal,is_prepay_account,is_tax_id_required,min_campaign_group_spend_cap,' +
  'min_daily_budget,owner,spend_cap,timezone_id,timezone_name,timezone_offset_hours_utc';
const CUSTOM_CONVERSION_FIELDS =
  'id,name,account_id,business,creation_time,custom_event_type,data_sources,default_conversion_value,' +
  'description,event_source_type,first_fired_time,is_archived,is_unavailable,last_fired_time,' +
  'offline_conversion_data_set,retention_days,rule';
const PIXEL_FIELDS =
  'id,name,creation_time,creator,data_use_setting,enable_automatic_matching,first_party_cookie_status,' +
  'is_created_by_app,is_crm,is_unavailable,last_fired_time,owner_ad_account,owner_business';
const AD_LIBRARY_FIELDS =
  'id,ad_creation_time,ad_creative_bodies,ad_creative_link_captions,ad_creative_link_descriptions,' +
  'ad_creative_link_titles,ad_delivery_start_time,ad_delivery_stop_time,ad_snapshot_url,bylines,currency,' +
  'languages,page_id,page_name,publisher_platforms,spend,impressions,demographic_distribution,' +
  'delivery_by_region,estimated_audience_size';

export const accountEntities = defineEntities({
  current_user: {
    description: 'The Facebook user the access token belongs to',
    columns: ['id', 'name'],
    actions: {
      get: {
        route: 'GET /me',
        description: 'Fetch the user behind the access token',
        params: z.object({ fields: fields('id,name') }),
      },
    },
  },
  ad_accounts: {
    description: 'Ad accounts the user can access: their settings, balance and business details',
    columns: ['id', 'name', 'account_status', 'currency', 'amount_spent'],
    actions: {
      list: {
        route: 'GET /me/adaccounts',
        description: "List the ad accounts of the token's user, page by page",
        params: pageParams.extend({ fields: fields(AD_ACCOUNT_SUMMARY_FIELDS) }),
        ...paged,
      },
      get: {
        route: 'GET /act_{account_id}',
        description: 'Fetch one ad account by ID',
        params: z.object({ account_id: accountId, fields: fields(AD_ACCOUNT_FIELDS) }),
      },
    },
  },
  ad_account: renamedEntity('ad_accounts'),
  custom_conversions: {
    description: 'Custom conversion rules defined on an ad account',
    columns: ['id', 'name', 'custom_event_type', 'last_fired_time'],
    actions: {
      list: {
        route: 'GET /act_{account_id}/customconversions',
        description: 'List the custom conversions of an ad account, page by page',
        params: pageParams.extend({ account_id: accountId, fields: fields(CUSTOM_CONVERSION_FIELDS) }),
        ...paged,
      },
    },
  },
  pixels: {
    description: 'Meta pixels that track website events for an ad account',
    columns: ['id', 'name', 'last_fired_time', 'is_unavailable'],
    actions: {
      list: {
        route: 'GET /act_{account_id}/adspixels',
        description: 'List the pixels of an ad account, page by page',
        params: pageParams.extend({ account_id: accountId, fields: fields(PIXEL_FIELDS) }),
        ...paged,
      },
      get: {
        route: 'GET /{pixel_id}',
        description: 'Fetch one pixel by ID',
        params: z.object({ pixel_id: objectId('pixel'), fields: fields(PIXEL_FIELDS) }),
      },
    },
  },
  pixel_stats: {
    description: 'Event counts received by a pixel, aggregated by event, device or custom data field',
    columns: ['aggregation', 'start_time', 'data'],
    actions: {
      list: {
        route: 'GET /{pixel_id}/stats',
        description: 'Event statistics of one pixel over a time window (one page, no cursor)',
        params: z.object({
          pixel_id: objectId('pixel'),
          start_time: z.string().optional().describe('Window start: Unix timestamp or ISO 8601 date-time'),
          end_time: z.string().optional().describe('Window end: Unix timestamp or ISO 8601 date-time'),
          aggregation: z
            .enum(['event', 'device', 'custom_data_field'])
            .default('event')
            .describe('What the counts are grouped by'),
        }),
        records: 'data',
      },
    },
  },
  ad_library: {
    description: 'Public Ad Library: ads shown in the chosen countries (political, housing, employment, …)',
    columns: ['id', 'page_name', 'ad_delivery_start_time', 'ad_snapshot_url'],
    actions: {
      list: {
        route: 'GET /ads_archive',
        description: 'Search the Ad Library, page by page',
        params: pageParams.extend({
          ad_reached_countries: z
            .string()
            .default('ALL')
            .describe('Countries the ads reached: ISO codes as a JSON array (e.g. ["US","DE"]) or ALL'),
          search_terms: z.string().optional().describe('Keywords to look for in the ads'),
          search_page_ids: z.string().optional().describe('Comma-separated Facebook page IDs whose ads to return'),
          ad_type: z
            .enum(['ALL', 'EMPLOYMENT_ADS', 'FINANCIAL_PRODUCTS_AND_SERVICES_ADS', 'HOUSING_ADS', 'POLITICAL_AND_ISSUE_ADS'])
            .default('ALL')
            .describe('Category of ads to search'),
          ad_active_status: z.enum(['ACTIVE', 'ALL', 'INACTIVE']).default('ACTIVE').describe('Delivery status of the ads'),
          ad_delivery_date_min: z.string().optional().describe('Only ads delivered on or after this date (YYYY-MM-DD)'),
          ad_delivery_date_max: z.string().optional().describe('Only ads delivered on or before this date (YYYY-MM-DD)'),
          bylines: z.string().optional().describe('"Paid for by" disclaimers to match, as a JSON array'),
          languages: z.string().optional().describe('ISO 639-1 language codes of the ads, as a JSON array'),
          media_type: z.enum(['ALL', 'IMAGE', 'MEME', 'VIDEO', 'NONE']).optional().describe('Kind of media in the ads'),
          publisher_platforms: z
            .string()
            .optional()
            .describe('Platforms the ads ran on (facebook, instagram, messenger, …), as a JSON array'),
          search_type: z
            .enum(['KEYWORD_UNORDERED', 'KEYWORD_EXACT_PHRASE'])
            .default('KEYWORD_UNORDERED')
            .describe('Match the search terms as separate words or as one exact phrase'),
          unmask_removed_content: z.boolean().default(false).describe('Include the content of ads removed for policy reasons'),
          fields: fields(AD_LIBRARY_FIELDS),
        }),
        ...paged,
      },
    },
  },
});
