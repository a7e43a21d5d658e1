import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { fileId, id, pageSize, pageToken, supportsAllDrives, tokenPaged } from './shared.js';

/** Files and folders: search, metadata, create/update/delete, upload (multipart/related) and download. */

const parents = z.array(z.string()).optional().describe('IDs of the parent folders (default: the root of My Drive)');

export const fileEntities = defineEntities({
  files: {
    description: 'Files and folders in My Drive and shared drives',
    columns: ['id', 'name', 'mimeType'],
    actions: {
      list: {
        route: 'GET /drive/v3/files',
        description: 'Search files and folders, page by page',
        params: z.object({
          pageSize: pageSize(1000, 100),
          pageToken,
          q: z.string().optional().describe(`Drive search query, e.g. "name contains 'budget' and trashed = false"`),
          orderBy: z.string().optional().describe('Sort keys, e.g. "modifiedTime desc,name"'),
          fields: z
            .string()
            .optional()
            .describe('Fields to return, e.g. "nextPageToken,files(id,name,modifiedTime)"; keep nextPageToken for paging'),
          spaces: z.string().optional().describe('Comma-separated spaces to search: drive, appDataFolder'),
          corpora: z.string().optional().describe('Bodies of items to search: user, drive, domain or allDrives'),
          driveId: z.string().optional().describe('Shared drive to search (with corpora "drive")'),
          includeItemsFromAllDrives: z.boolean().optional().describe('Include shared-drive items in the results'),
          supportsAllDrives,
        }),
        ...tokenPaged('files', { incompleteSearch: 'incompleteSearch' }),
      },
      get: {
        route: 'GET /drive/v3/files/{fileId}',
        description: 'Fetch the metadata of one file or folder',
        params: z.object({
          fileId,
          fields: z.string().optional().describe('Fields to return, e.g. "id,name,size,owners"; * for all'),
          supportsAllDrives,
        }),
      },
      create: {
        route: 'POST /drive/v3/files',
        description: 'Create a file or folder from metadata only (no content), e.g. an empty Google Doc or a folder',
        params: z.object({
          name: z.string().describe('Name of the new file or folder'),
          mimeType: z
            .string()
            .optional()
            .describe('MIME type; application/vnd.google-apps.folder makes a folder, application/vnd.google-apps.document a Doc'),
          parents,
          description: z.string().optional().describe('Short description of the file'),
        }),
      },
      update: {
        route: 'PATCH /drive/v3/files/{fileId}',
        description: 'Rename, describe or move a file or folder',
        params: z.object({
          fileId,
          addParents: z.string().optional().describe('Comma-separated folder IDs to add the file to'),
          removeParents: z.string().optional().describe('Comma-separated folder IDs to remove the file from'),
          supportsAllDrives,
          name: z.string().optional().describe('New name'),
          description: z.string().optional().describe('New description'),
          mimeType: z.string().optional().describe('New MIME type'),
        }),
        in: { addParents: 'query', removeParents: 'query', supportsAllDrives: 'query' },
      },
      delete: {
        route: 'DELETE /drive/v3/files/{fileId}',
        description: 'Delete a file or folder for good, skipping the trash',
        params: z.object({ fileId, supportsAllDrives }),
        kind: 'destructive',
      },
      download: {
        route: 'GET /drive/v3/files/{fileId}',
        description: 'Download the content of a file that is not a Google Doc, Sheet or Slides (use files_export for those)',
        params: z.object({
          fileId,
          alt: z.enum(['media']).default('media').describe('Must be "media": the content itself'),
          acknowledgeAbuse: z.boolean().optional().describe('Accept the risk of fetching a file flagged as abusive'),
          supportsAllDrives,
        }),
        download: { accept: '*/*' },
      },
    },
  },
  files_upload: {
    description: 'New files created with content',
    columns: ['id', 'name', 'mimeType'],
    actions: {
      create: {
        route: 'POST /upload/drive/v3/files',
        description: 'Upload a new file with its metadata (multipart upload: files up to 5 MB)',
        params: z.object({
          uploadType: z.enum(['multipart']).default('multipart').describe('Upload protocol'),
          supportsAllDrives,
          name: z.string().describe('Name of the new file'),
          file_content: z.string().describe('The content: "@path/to/file" streams a local file, "-" streams stdin, other text is base64'),
          mimeType: z.string().optional().describe('MIME type recorded in Drive (a Google type converts the upload)'),
          parents,
          description: z.string().optional().describe('Short description of the file'),
          file_mime_type: z.string().optional().describe('MIME type of the uploaded content, e.g. application/pdf (default application/octet-stream)'),
        }),
        in: { uploadType: 'query', supportsAllDrives: 'query' },
        body: 'related',
        media: { param: 'file_content', typeParam: 'file_mime_type' },
      },
    },
  },
  files_export: {
    description: 'Google Docs, Sheets, Slides and Drawings converted to another format',
    actions: {
      download: {
        route: 'GET /drive/v3/files/{fileId}/export',
        description: 'Export a Google Workspace document to another format (PDF, DOCX, XLSX, text/plain, text/csv…)',
        params: z.object({
          fileId: id('Google Workspace document'),
          mimeType: z.string().describe('Target MIME type, e.g. application/pdf, text/plain for a Doc or text/csv for a Sheet'),
        }),
        download: { accept: '{mimeType}' },
      },
    },
  },
});
