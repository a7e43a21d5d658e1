import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { fileId, id, pageSize, pageToken, supportsAllDrives, tokenPaged } from './shared.js';

/**
 * Files and folders: search, metadata, create/update/delete, upload and download.
 *
 * Two limits of the connector format show here. Downloads: the engine returns JSON or text, not bytes, so
 * `files download` returns the file's metadata with its download link by default (`alt: "media"` returns the
 * content of text files), and `files_export download` suits text formats only. Uploads: Drive wants a
 * multipart/related body (a JSON metadata part, then the media); the engine sends multipart/form-data with one
 * part per param.
 */

const parents = z.array(z.string()).optional().describe('IDs of the parent folders (default: the root of My Drive)');

/** Metadata that names where the bytes of a file can be fetched. */
const DOWNLOAD_FIELDS = 'id,name,mimeType,size,md5Checksum,modifiedTime,webContentLink,webViewLink,exportLinks';

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
        description: 'Locate the content of a file: its metadata with the download link, or (alt "media") the text of a text file',
        params: z.object({
          fileId,
          alt: z
            .enum(['json', 'media'])
            .default('json')
            .describe('"json": metadata with webContentLink (default); "media": the content itself, text files only'),
          fields: z.string().default(DOWNLOAD_FIELDS).describe('Metadata fields returned with alt "json"'),
          acknowledgeAbuse: z.boolean().optional().describe('Accept the risk of fetching a file flagged as abusive'),
          supportsAllDrives,
        }),
      },
    },
  },
  files_upload: {
    description: 'New files created with content',
    columns: ['id', 'name', 'mimeType'],
    actions: {
      create: {
        route: 'POST /upload/drive/v3/files',
        description: 'Upload a new file with its metadata (small files)',
        params: z.object({
          uploadType: z.enum(['multipart']).default('multipart').describe('Upload protocol'),
          supportsAllDrives,
          name: z.string().describe('Name of the new file'),
          file_content: z.string().describe('The content: "@/path/to/file" reads a local file; other text is sent as is'),
          mimeType: z.string().optional().describe('MIME type recorded in Drive (a Google type converts the upload)'),
          parents,
          description: z.string().optional().describe('Short description of the file'),
          file_mime_type: z.string().optional().describe('MIME type of the uploaded content, e.g. application/pdf'),
        }),
        in: { uploadType: 'query', supportsAllDrives: 'query' },
        body: 'multipart',
      },
    },
  },
  files_export: {
    description: 'Google Docs, Sheets, Slides and Drawings converted to another format',
    actions: {
      download: {
        route: 'GET /drive/v3/files/{fileId}/export',
        description: 'Export a Google Workspace document to a text format (text/plain, text/csv, text/html, text/markdown…)',
        params: z.object({
          fileId: id('Google Workspace document'),
          mimeType: z.string().describe('Target MIME type, e.g. text/plain for a Doc or text/csv for a Sheet'),
        }),
      },
    },
  },
});
