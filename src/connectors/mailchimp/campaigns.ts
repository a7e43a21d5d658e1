import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { campaignId, campaignType, offsetPaged, pageParams, sortDir, time } from './shared.js';

/** Campaigns, automations and the campaign reports. */

export const campaignEntities = defineEntities({
  campaigns: {
    description: 'Email campaigns, with their settings, recipients and delivery status',
    columns: ['id', 'type', 'status', 'settings.subject_line', 'send_time', 'emails_sent'],
    actions: {
      list: {
        route: 'GET /campaigns',
        description: 'List campaigns, page by page',
        params: z.object({
          ...pageParams,
          type: campaignType,
          status: z.enum(['save', 'paused', 'schedule', 'sending', 'sent']).optional().describe('Only campaigns with this status'),
          before_send_time: time('sent before'),
          since_send_time: time('sent after'),
          before_create_time: time('created before'),
          since_create_time: time('created after'),
          list_id: z.string().optional().describe('Only campaigns sent to this audience'),
          folder_id: z.string().optional().describe('Only campaigns in this folder'),
          sort_field: z.enum(['create_time', 'send_time']).optional().describe('Sort by this field'),
          sort_dir: sortDir,
        }),
        ...offsetPaged('campaigns'),
      },
      get: {
        route: 'GET /campaigns/{campaign_id}',
        description: 'Fetch one campaign by ID',
        params: z.object({ campaign_id: campaignId }),
      },
    },
  },
  automations: {
    description: 'Classic automations (automated email series)',
    columns: ['id', 'status', 'settings.title', 'emails_sent', 'create_time'],
    actions: {
      list: {
        route: 'GET /automations',
        description: 'List classic automations, page by page',
        params: z.object({
          ...pageParams,
          before_create_time: time('created before'),
          since_create_time: time('created after'),
          before_start_time: time('started before'),
          since_start_time: time('started after'),
          status: z.enum(['save', 'paused', 'sending']).optional().describe('Only automations with this status'),
        }),
        ...offsetPaged('automations'),
      },
    },
  },
  reports: {
    description: 'Results of sent campaigns: opens, clicks, bounces, unsubscribes',
    columns: ['id', 'campaign_title', 'emails_sent', 'opens.open_rate', 'clicks.click_rate', 'send_time'],
    actions: {
      list: {
        route: 'GET /reports',
        description: 'List the reports of sent campaigns, page by page',
        params: z.object({
          ...pageParams,
          type: campaignType,
          before_send_time: time('sent before'),
          since_send_time: time('sent after'),
        }),
        ...offsetPaged('reports'),
      },
      get: {
        route: 'GET /reports/{campaign_id}',
        description: 'Fetch the report of one sent campaign',
        params: z.object({ campaign_id: campaignId }),
      },
    },
  },
  email_activity: {
    description: 'Per-recipient activity (opens, clicks, bounces) of a sent campaign',
    columns: ['email_id', 'email_address', 'activity'],
    actions: {
      list: {
        route: 'GET /reports/{campaign_id}/email-activity',
        description: 'List what each recipient of a campaign did, page by page',
        params: z.object({
          campaign_id: campaignId,
          ...pageParams,
          since: z.string().optional().describe('Only activity after this time (ISO 8601)'),
        }),
        ...offsetPaged('emails'),
      },
    },
  },
  unsubscribes: {
    description: 'Recipients who unsubscribed through a campaign',
    columns: ['email_id', 'email_address', 'timestamp', 'reason'],
    actions: {
      list: {
        route: 'GET /reports/{campaign_id}/unsubscribed',
        description: 'List who unsubscribed from a campaign, page by page',
        params: z.object({ campaign_id: campaignId, ...pageParams }),
        ...offsetPaged('unsubscribes'),
      },
    },
  },
});
