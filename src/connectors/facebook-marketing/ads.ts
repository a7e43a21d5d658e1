import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { accountId, cents, deliveryStatus, fields, jsonText, objectId, paged, pageParams, updateStatus } from './shared.js';

/** The campaign → ad set → ad hierarchy, creatives, media and performance insights of an ad account. */

const CAMPAIGN_FIELDS =
  'id,name,account_id,adlabels,bid_strategy,boosted_object_id,budget_rebalance_flag,budget_remaining,' +
  'buying_type,daily_budget,created_time,configured_status,effective_status,issues_info,lifetime_budget,' +
  'objective,smart_promotion_type,source_campaign_id,special_ad_category,special_ad_category_country,' +
  'spend_cap,start_time,status,stop_time,updated_time';
const AD_SET_FIELDS =
  'id,name,account_id,adlabels,bid_amount,bid_info,bid_strategy,bid_constraints,budget_remaining,campaign_id,' +
  'created_time,daily_budget,effective_status,end_time,learning_stage_info,lifetime_budget,promoted_object,' +
  'start_time,targeting,updated_time';
const AD_FIELDS =
  'id,name,account_id,adset_id,campaign_id,adlabels,bid_amount,bid_info,bid_type,configured_status,' +
  'conversion_specs,created_time,creative,effective_status,last_updated_by_app_id,recommendations,' +
  'source_ad_id,status,tracking_specs,updated_time';
const CREATIVE_FIELDS =
  'id,name,account_id,actor_id,body,call_to_action_type,effective_object_story_id,image_hash,image_url,' +
  'link_url,object_story_id,object_story_spec,object_type,status,thumbnail_url,title,url_tags';
const INSIGHT_FIELDS =
  'account_id,account_name,campaign_id,campaign_name,adset_id,adset_name,ad_id,ad_name,clicks,impressions,' +
  'reach,spend,cpc,cpm,ctr,date_start,date_stop,actions,action_values';
const IMAGE_FIELDS =
  'id,name,account_id,created_time,creatives,filename,hash,height,is_associated_creatives_in_adgroups,' +
  'original_height,original_width,permalink_url,status,updated_time,url,url_128,width';
const VIDEO_FIELDS =
  'id,title,account_id,ad_breaks,backdated_time,backdated_time_granularity,content_category,content_tags,' +
  'created_time,custom_labels,description,embed_html,embeddable,format,icon,is_crosspost_video,' +
  'is_crossposting_eligible,is_episode,is_instagram_eligible,length,live_status,permalink_url,post_views,' +
  'premiere_living_room_status,published,scheduled_publish_time,source,universal_video_id,updated_time,views';

const bidStrategy = z.enum(['LOWEST_COST_WITHOUT_CAP', 'LOWEST_COST_WITH_BID_CAP', 'COST_CAP']);

/** `GET /act_{account_id}/<edge>`, the paged list of one kind of object in an ad account. */
function accountEdge(edge: string, noun: string, defaultFields: string) {
  return {
    route: `GET /act_{account_id}/${edge}` as const,
    description: `List the ${noun} of an ad account, page by page`,
    params: pageParams.extend({ account_id: accountId, fields: fields(defaultFields) }),
    ...paged,
  };
}

export const adEntities = defineEntities({
  campaigns: {
    description: 'Campaigns: the objective and budget level of the ad hierarchy',
    columns: ['id', 'name', 'objective', 'effective_status', 'daily_budget'],
    actions: {
      list: accountEdge('campaigns', 'campaigns', CAMPAIGN_FIELDS),
      get: {
        route: 'GET /{campaign_id}',
        description: 'Fetch one campaign by ID',
        params: z.object({ campaign_id: objectId('campaign'), fields: fields(CAMPAIGN_FIELDS) }),
      },
      create: {
        route: 'POST /act_{account_id}/campaigns',
        description: 'Create a campaign in an ad account; returns its ID',
        params: z.object({
          account_id: accountId,
          name: z.string().describe('Campaign name'),
          objective: z
            .enum([
              'OUTCOME_TRAFFIC',
              'OUTCOME_ENGAGEMENT',
              'OUTCOME_LEADS',
              'OUTCOME_AWARENESS',
              'OUTCOME_SALES',
              'OUTCOME_APP_PROMOTION',
            ])
            .describe('What the campaign optimizes for'),
          status: deliveryStatus.describe('Initial status; PAUSED is the safe choice'),
          special_ad_categories: jsonText(
            'Special ad categories as a JSON array, [] when none apply (e.g. ["HOUSING"])',
          ),
          daily_budget: cents('Daily budget when the campaign holds the budget'),
          lifetime_budget: cents('Lifetime budget when the campaign holds the budget'),
          bid_strategy: bidStrategy.optional().describe('How bids are set for the campaign'),
          is_adset_budget_sharing_enabled: z
            .boolean()
            .optional()
            .describe('Let ad sets share part of their budgets (needed when the budget is on the ad sets)'),
        }),
      },
      update: {
        route: 'POST /{campaign_id}',
        description: 'Change the name, status, budget, bid strategy or spend cap of a campaign',
        params: z.object({
          campaign_id: objectId('campaign'),
          name: z.string().optional().describe('New campaign name'),
          status: updateStatus.optional().describe('New status'),
          daily_budget: cents('New daily budget'),
          lifetime_budget: cents('New lifetime budget'),
          bid_strategy: z.string().optional().describe('New bid strategy, e.g. LOWEST_COST_WITHOUT_CAP or COST_CAP'),
          spend_cap: cents('Spending limit for the whole campaign'),
        }),
      },
    },
  },
  ad_sets: {
    description: 'Ad sets: targeting, schedule, budget and bidding under a campaign',
    columns: ['id', 'name', 'campaign_id', 'effective_status', 'daily_budget'],
    actions: {
      list: accountEdge('adsets', 'ad sets', AD_SET_FIELDS),
      get: {
        route: 'GET /{adset_id}',
        description: 'Fetch one ad set by ID',
        params: z.object({ adset_id: objectId('ad set'), fields: fields(AD_SET_FIELDS) }),
      },
      create: {
        route: 'POST /act_{account_id}/adsets',
        description: 'Create an ad set under a campaign; returns its ID',
        params: z.object({
          account_id: accountId,
          name: z.string().describe('Ad set name'),
          campaign_id: z.string().describe('ID of the campaign the ad set belongs to'),
          daily_budget: cents('Daily budget (this or lifetime_budget)'),
          lifetime_budget: cents('Lifetime budget (this or daily_budget; needs end_time)'),
          billing_event: z
            .enum(['IMPRESSIONS', 'LINK_CLICKS', 'APP_INSTALLS', 'PAGE_LIKES', 'POST_ENGAGEMENT', 'VIDEO_VIEWS', 'THRUPLAY'])
            .describe('What you are charged for'),
          optimization_goal: z
            .enum([
              'NONE',
              'APP_INSTALLS',
              'AD_RECALL_LIFT',
              'ENGAGED_USERS',
              'EVENT_RESPONSES',
              'IMPRESSIONS',
              'LEAD_GENERATION',
              'QUALITY_LEAD',
              'LINK_CLICKS',
              'OFFSITE_CONVERSIONS',
              'PAGE_LIKES',
              'POST_ENGAGEMENT',
              'QUALITY_CALL',
              'REACH',
              'LANDING_PAGE_VIEWS',
              'VISIT_INSTAGRAM_PROFILE',
              'VALUE',
              'THRUPLAY',
              'DERIVED_EVENTS',
              'APP_INSTALLS_AND_OFFSITE_CONVERSIONS',
              'CONVERSATIONS',
              'IN_APP_VALUE',
              'MESSAGING_PURCHASE_CONVERSION',
              'MESSAGING_APPOINTMENT_CONVERSION',
            ])
            .describe('What delivery is optimized for'),
          targeting: jsonText('Targeting spec as a JSON object, e.g. {"geo_locations":{"countries":["US"]}}'),
          status: deliveryStatus.describe('Initial status'),
          start_time: z.string().optional().describe('Start of delivery, ISO 8601 date-time'),
          end_time: z.string().optional().describe('End of delivery, ISO 8601 date-time'),
          bid_amount: cents('Bid cap or target'),
        }),
      },
      update: {
        route: 'POST /{adset_id}',
        description: 'Change the name, status, budget, targeting, bid or schedule of an ad set',
        params: z.object({
          adset_id: objectId('ad set'),
          name: z.string().optional().describe('New ad set name'),
          status: updateStatus.optional().describe('New status'),
          daily_budget: cents('New daily budget'),
          lifetime_budget: cents('New lifetime budget'),
          targeting: jsonText('New targeting spec as a JSON object').optional(),
          bid_amount: cents('New bid amount'),
          start_time: z.string().optional().describe('New start, ISO 8601 date-time'),
          end_time: z.string().optional().describe('New end, ISO 8601 date-time'),
        }),
      },
    },
  },
  ads: {
    description: 'Ads: a creative delivered within an ad set',
    columns: ['id', 'name', 'adset_id', 'effective_status', 'updated_time'],
    actions: {
      list: accountEdge('ads', 'ads', AD_FIELDS),
      get: {
        route: 'GET /{ad_id}',
        description: 'Fetch one ad by ID',
        params: z.object({ ad_id: objectId('ad'), fields: fields(AD_FIELDS) }),
      },
      create: {
        route: 'POST /act_{account_id}/ads',
        description: 'Create an ad in an ad set from a creative; returns its ID',
        params: z.object({
          account_id: accountId,
          name: z.string().describe('Ad name'),
          adset_id: z.string().describe('ID of the ad set the ad belongs to'),
          creative: jsonText('The creative as a JSON object: {"creative_id":"…"} or an inline object_story_spec'),
          status: deliveryStatus.describe('Initial status'),
          tracking_specs: jsonText('Tracking specs as a JSON array').optional(),
          bid_amount: cents('Bid overriding the ad set bid'),
        }),
      },
      update: {
        route: 'POST /{ad_id}',
        description: 'Change the name, status, creative, tracking or bid of an ad',
        params: z.object({
          ad_id: objectId('ad'),
          name: z.string().optional().describe('New ad name'),
          status: updateStatus.optional().describe('New status'),
          creative: jsonText('New creative as a JSON object').optional(),
          tracking_specs: jsonText('New tracking specs as a JSON array').optional(),
          bid_amount: cents('New bid amount'),
        }),
      },
    },
  },
  ad_creatives: {
    description: 'Ad creatives: the copy, media and call to action an ad shows',
    columns: ['id', 'name', 'title', 'status'],
    actions: { list: accountEdge('adcreatives', 'ad creatives', CREATIVE_FIELDS) },
  },
  ads_insights: {
    description: 'Performance statistics (spend, impressions, clicks, …) of an ad account',
    columns: ['date_start', 'date_stop', 'campaign_name', 'impressions', 'clicks', 'spend'],
    actions: {
      list: {
        route: 'GET /act_{account_id}/insights',
        description: 'Report insights of an ad account at the chosen level and period, page by page',
        params: pageParams.extend({
          account_id: accountId,
          fields: fields(INSIGHT_FIELDS),
          date_preset: z
            .enum([
              'today',
              'yesterday',
              'this_month',
              'last_month',
              'this_quarter',
              'maximum',
              'last_3d',
              'last_7d',
              'last_14d',
              'last_28d',
              'last_30d',
              'last_90d',
              'last_week_mon_sun',
              'last_week_sun_sat',
              'last_quarter',
              'last_year',
              'this_week_mon_today',
              'this_week_sun_today',
              'this_year',
            ])
            .optional()
            .describe('A relative period; ignored when time_range is given'),
          time_range: jsonText('Explicit period as JSON, e.g. {"since":"2026-01-01","until":"2026-01-31"}').optional(),
          level: z.enum(['ad', 'adset', 'campaign', 'account']).default('account').describe('Row granularity'),
          time_increment: z
            .union([z.string(), z.number().int()])
            .transform(String)
            .optional()
            .describe('Days per row (1-90), or "monthly" / "all_days"'),
        }),
        ...paged,
      },
    },
  },
  images: {
    description: 'Images uploaded to an ad account’s library',
    columns: ['hash', 'name', 'width', 'height', 'status'],
    actions: { list: accountEdge('adimages', 'ad images', IMAGE_FIELDS) },
  },
  videos: {
    description: 'Videos uploaded to an ad account',
    columns: ['id', 'title', 'length', 'created_time'],
    actions: { list: accountEdge('advideos', 'ad videos', VIDEO_FIELDS) },
  },
});
