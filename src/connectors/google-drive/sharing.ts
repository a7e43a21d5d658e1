import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  allFields,
  fileId,
  id,
  includeDeleted,
  pageSize,
  pageToken,
  supportsAllDrives,
  tokenPaged,
  useDomainAdminAccess,
} from './shared.js';

/** Shared drives, and what hangs off a file: permissions, comments and their replies, revisions. */
export const sharingEntities = defineEntities({
  drives: {
    description: 'Shared drives of a Google Workspace organization',
    columns: ['id', 'name', 'createdTime', 'hidden'],
    actions: {
      list: {
        route: 'GET /drive/v3/drives',
        description: 'List the shared drives the user belongs to, page by page',
        params: z.object({
          pageSize: pageSize(100, 10),
          pageToken,
          q: z.string().optional().describe(`Shared-drive search query, e.g. "name contains 'sales'"`),
          useDomainAdminAccess,
        }),
        ...tokenPaged('drives'),
      },
      get: {
        route: 'GET /drive/v3/drives/{driveId}',
        description: 'Fetch one shared drive by ID',
        params: z.object({ driveId: id('shared drive'), useDomainAdminAccess }),
      },
    },
  },
  permissions: {
    description: 'Who can access a file or folder, and with which role',
    columns: ['id', 'type', 'role', 'emailAddress'],
    actions: {
      list: {
        route: 'GET /drive/v3/files/{fileId}/permissions',
        description: 'List the permissions of a file or folder, page by page',
        params: z.object({ fileId, pageSize: pageSize(100), pageToken, supportsAllDrives, useDomainAdminAccess }),
        ...tokenPaged('permissions'),
      },
      get: {
        route: 'GET /drive/v3/files/{fileId}/permissions/{permissionId}',
        description: 'Fetch one permission of a file or folder',
        params: z.object({ fileId, permissionId: id('permission'), supportsAllDrives, useDomainAdminAccess }),
      },
    },
  },
  comments: {
    description: 'Comments on a file',
    columns: ['id', 'author', 'content', 'resolved', 'modifiedTime'],
    actions: {
      list: {
        route: 'GET /drive/v3/files/{fileId}/comments',
        description: 'List the comments on a file, page by page',
        params: z.object({
          fileId,
          pageSize: pageSize(100, 20),
          pageToken,
          startModifiedTime: z.string().optional().describe('Only comments modified after this RFC 3339 date-time'),
          includeDeleted,
          fields: allFields,
        }),
        ...tokenPaged('comments'),
      },
      get: {
        route: 'GET /drive/v3/files/{fileId}/comments/{commentId}',
        description: 'Fetch one comment on a file',
        params: z.object({ fileId, commentId: id('comment'), includeDeleted, fields: allFields }),
      },
    },
  },
  replies: {
    description: 'Replies in the thread of a comment',
    columns: ['id', 'author', 'content', 'action', 'modifiedTime'],
    actions: {
      list: {
        route: 'GET /drive/v3/files/{fileId}/comments/{commentId}/replies',
        description: 'List the replies to a comment, page by page',
        params: z.object({
          fileId,
          commentId: id('comment'),
          pageSize: pageSize(100, 20),
          pageToken,
          includeDeleted,
          fields: allFields,
        }),
        ...tokenPaged('replies'),
      },
      get: {
        route: 'GET /drive/v3/files/{fileId}/comments/{commentId}/replies/{replyId}',
        description: 'Fetch one reply to a comment',
        params: z.object({ fileId, commentId: id('comment'), replyId: id('reply'), includeDeleted, fields: allFields }),
      },
    },
  },
  revisions: {
    description: 'Earlier versions of a file',
    columns: ['id', 'mimeType', 'modifiedTime', 'keepForever'],
    actions: {
      list: {
        route: 'GET /drive/v3/files/{fileId}/revisions',
        description: 'List the revisions of a file, page by page',
        params: z.object({ fileId, pageSize: pageSize(1000, 200), pageToken }),
        ...tokenPaged('revisions'),
      },
      get: {
        route: 'GET /drive/v3/files/{fileId}/revisions/{revisionId}',
        description: 'Fetch the metadata of one revision',
        params: z.object({ fileId, revisionId: id('revision') }),
      },
    },
  },
});
