import { bearer, defineConnector, field, oauth2 } from '../kit.js';
import { accountEntities } from './account.js';
import { fileEntities } from './files.js';
import { sharingEntities } from './sharing.js';

/** Google Drive API v3: files and folders, shared drives, permissions, comments, revisions and changes. */
export default defineConnector({
  name: 'google-drive',
  title: 'Google Drive',
  definitionId: '9f8dda77-1048-4368-815b-269bf54ee9b8',
  docsUrl: 'https://developers.google.com/workspace/drive/api/reference/rest/v3',
  server: 'https://www.googleapis.com',
  auth: {
    oauth2: oauth2({
      title: 'OAuth 2.0',
      description: 'A Google OAuth client and a refresh token; access tokens are refreshed automatically',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      clientAuth: 'body',
      fields: {
        client_id: field('GOOGLE_DRIVE_CLIENT_ID', { title: 'Client ID', description: 'OAuth client ID from Google Cloud Console', secret: false }),
        client_secret: field('GOOGLE_DRIVE_CLIENT_SECRET', { title: 'Client secret', secret: true }),
        refresh_token: field('GOOGLE_DRIVE_REFRESH_TOKEN', {
          title: 'Refresh token',
          description: 'Refresh token granted to that client with a Drive scope (offline access)',
          secret: true,
        }),
        access_token: field('GOOGLE_DRIVE_ACCESS_TOKEN', {
          title: 'Access token',
          description: 'A current access token; fetched with the refresh token when absent or expired',
          secret: true,
          optional: true,
        }),
      },
    }),
    access_token: bearer({
      field: 'access_token',
      env: 'GOOGLE_DRIVE_ACCESS_TOKEN',
      title: 'Access token',
      secret: true,
      scheme: { title: 'Access token', description: 'A short-lived access token alone (e.g. from `gcloud auth print-access-token`), sent as a bearer token; not refreshed' },
    }),
  },
  body: 'json',
  entities: {
    ...fileEntities,
    ...sharingEntities,
    ...accountEntities,
  },
});
