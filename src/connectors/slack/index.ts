import { bearer, defineConnector, field } from '../kit.js';
import {
  bookmarks,
  channel_archives,
  channel_invites,
  channel_kicks,
  channel_purposes,
  channel_topics,
  channels,
  pins,
} from './channels.js';
import { channel_messages, ephemeral_messages, messages, reactions, scheduled_messages, threads } from './messages.js';
import { users } from './users.js';

export default defineConnector({
  name: 'slack',
  title: 'Slack',
  definitionId: 'c2281cee-86f9-4a86-bb48-d23286b4c7bd',
  docsUrl: 'https://api.slack.com/methods',
  server: 'https://slack.com/api',
  auth: {
    bot_token: bearer({
      field: 'bot_key',
      env: 'SLACK_BOT_TOKEN',
      title: 'Bot token',
      description: 'Bot token (xoxb-…) or user token (xoxp-…)',
      secret: true,
      scheme: { title: 'Bot token', description: 'A Slack app token sent as a bearer token' },
    }),
    oauth2: {
      title: 'OAuth 2.0',
      description: 'The access token of an OAuth installation of your Slack app (from oauth.v2.access)',
      fields: {
        access_token: field('SLACK_ACCESS_TOKEN', { title: 'Access token', secret: true }),
        client_id: field('SLACK_CLIENT_ID', { title: 'Client ID', secret: false, optional: true }),
        client_secret: field('SLACK_CLIENT_SECRET', { title: 'Client secret', secret: true, optional: true }),
      },
      apply: { type: 'bearer', field: 'access_token' },
    },
  },
  body: 'json',
  errorCheck: { field: 'ok', equals: false, message: 'error' },
  entities: {
    users,
    channels,
    channel_messages,
    threads,
    messages,
    channel_topics,
    channel_purposes,
    channel_invites,
    reactions,
    ephemeral_messages,
    scheduled_messages,
    channel_archives,
    channel_kicks,
    pins,
    bookmarks,
  },
});
