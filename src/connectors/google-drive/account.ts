import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { pageSize, supportsAllDrives, tokenPaged } from './shared.js';

/** The change feed and the account: user, storage quota and limits. */
export const accountEntities = defineEntities({
  changes: {
    description: 'Changes to files and shared drives since a start page token',
    columns: ['changeType', 'fileId', 'removed', 'time'],
    actions: {
      list: {
        route: 'GET /drive/v3/changes',
        description: 'List the changes since a page token, page by page; the last page carries newStartPageToken',
        params: z.object({
          pageToken: z
            .string()
            .optional()
            .describe('Where to start: a startPageToken (changes_start_page_token get), or nextPageToken of the previous page'),
          pageSize: pageSize(1000, 100),
          driveId: z.string().optional().describe('Shared drive whose changes to return'),
          includeItemsFromAllDrives: z.boolean().optional().describe('Include changes to shared-drive items'),
          supportsAllDrives,
          spaces: z.string().optional().describe('Comma-separated spaces: drive, appDataFolder'),
          includeRemoved: z.boolean().default(true).describe('Include changes that removed an item from the list'),
          restrictToMyDrive: z.boolean().default(false).describe('Only changes inside the My Drive hierarchy'),
        }),
        ...tokenPaged('changes', { newStartPageToken: 'newStartPageToken' }),
      },
    },
  },
  changes_start_page_token: {
    description: 'The token that marks "now" in the change feed',
    columns: ['startPageToken'],
    actions: {
      get: {
        route: 'GET /drive/v3/changes/startPageToken',
        description: 'Fetch the page token from which future changes will be listed',
        params: z.object({
          driveId: z.string().optional().describe('Shared drive to get the token for'),
          supportsAllDrives,
        }),
      },
    },
  },
  about: {
    description: 'The user, storage quota and limits of the Drive account',
    columns: ['user', 'storageQuota'],
    actions: {
      get: {
        route: 'GET /drive/v3/about',
        description: 'Fetch the account user, storage quota and limits',
        params: z.object({
          fields: z.string().default('*').describe('Fields to return (Drive requires a selection); * for all'),
        }),
      },
    },
  },
});
