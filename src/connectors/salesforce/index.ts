import { z } from 'zod';
import { defineConnector, field, oauth2 } from '../kit.js';
import { recordGet, recordId, sobject, soqlList } from './sobjects.js';

/**
 * Salesforce REST API (v59.0), read-only: SOQL lists, SOSL searches, records by ID, files and reports.
 * The API host is the org's own instance, which the OAuth token answer names (`instance_url`).
 */
export default defineConnector({
  name: 'salesforce',
  title: 'Salesforce',
  definitionId: 'b117307c-14b6-41aa-9422-947e34922962',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_rest.htm',
  server: '{instance_url}/services/data/v59.0',
  config: {
    instance_url: field('SALESFORCE_INSTANCE_URL', {
      kind: 'url',
      title: 'Instance URL',
      description: 'Base URL of the org, e.g. https://acme.my.salesforce.com; filled in from the token answer when a token is refreshed',
      secret: false,
      optional: true,
    }),
    login_url: field('SALESFORCE_LOGIN_URL', {
      kind: 'url',
      title: 'Login URL',
      description: 'Where tokens are refreshed: https://login.salesforce.com, https://test.salesforce.com for sandboxes, or a My Domain URL',
      secret: false,
      default: 'https://login.salesforce.com',
    }),
  },
  auth: {
    oauth2: oauth2({
      title: 'OAuth 2.0 (connected app)',
      description: 'A connected app and a refresh token; access tokens and the instance URL come from the token endpoint',
      tokenUrl: '{login_url}/services/oauth2/token',
      clientAuth: 'body',
      extract: ['instance_url'],
      fields: {
        client_id: field('SALESFORCE_CLIENT_ID', { title: 'Consumer key', description: 'Consumer key of the connected app', secret: false }),
        client_secret: field('SALESFORCE_CLIENT_SECRET', { title: 'Consumer secret', description: 'Consumer secret of the connected app', secret: true }),
        refresh_token: field('SALESFORCE_REFRESH_TOKEN', { title: 'Refresh token', secret: true }),
        access_token: field('SALESFORCE_ACCESS_TOKEN', {
          title: 'Access token',
          description: 'A current session token (needs SALESFORCE_INSTANCE_URL too); fetched with the refresh token when absent or expired',
          secret: true,
          optional: true,
        }),
      },
    }),
  },
  entities: {
    sobjects: {
      description: 'The object types (standard and custom) the user can see, with their capabilities',
      columns: ['name', 'label', 'custom', 'queryable', 'searchable'],
      actions: {
        list: {
          route: 'GET /sobjects',
          description: 'List every sObject type available to the user (one response, no paging)',
          records: 'sobjects',
        },
      },
    },
    accounts: sobject({
      object: 'Account',
      description: 'Companies and organizations you do business with',
      columns: ['Id', 'Name', 'Industry', 'Type', 'BillingCountry', 'LastModifiedDate'],
      search: true,
    }),
    contacts: sobject({
      object: 'Contact',
      description: 'People linked to accounts',
      columns: ['Id', 'Name', 'Email', 'Title', 'AccountId', 'LastModifiedDate'],
      search: true,
    }),
    leads: sobject({
      object: 'Lead',
      description: 'Prospects not yet qualified into accounts, contacts and opportunities',
      columns: ['Id', 'Name', 'Company', 'Email', 'Status', 'LastModifiedDate'],
      search: true,
    }),
    opportunities: sobject({
      object: 'Opportunity',
      description: 'Deals in the pipeline, with stage, amount and close date',
      columns: ['Id', 'Name', 'StageName', 'Amount', 'CloseDate', 'AccountId'],
      search: true,
    }),
    tasks: sobject({
      object: 'Task',
      description: 'To-dos, calls and emails logged against records',
      columns: ['Id', 'Subject', 'Status', 'Priority', 'ActivityDate', 'WhoId'],
      search: true,
    }),
    events: sobject({
      object: 'Event',
      description: 'Calendar events and meetings',
      columns: ['Id', 'Subject', 'StartDateTime', 'EndDateTime', 'Location', 'WhoId'],
      search: true,
    }),
    campaigns: sobject({
      object: 'Campaign',
      description: 'Marketing campaigns with their status, dates and results',
      columns: ['Id', 'Name', 'Type', 'Status', 'StartDate', 'EndDate'],
      search: true,
    }),
    cases: sobject({
      object: 'Case',
      description: 'Customer support cases',
      columns: ['Id', 'CaseNumber', 'Subject', 'Status', 'Priority', 'CreatedDate'],
      search: true,
    }),
    notes: sobject({
      object: 'Note',
      description: 'Classic notes attached to records',
      columns: ['Id', 'Title', 'ParentId', 'IsPrivate', 'CreatedDate'],
      search: true,
    }),
    content_versions: {
      description: 'Versions of Salesforce Files (ContentVersion), with title, type and size',
      columns: ['Id', 'Title', 'FileExtension', 'ContentSize', 'VersionNumber', 'LastModifiedDate'],
      actions: {
        list: soqlList(
          'List file versions with a SOQL query, newest change first by default',
          'SELECT Id, Title, FileExtension, ContentSize, ContentDocumentId, VersionNumber, IsLatest, CreatedDate, LastModifiedDate FROM ContentVersion ORDER BY LastModifiedDate DESC LIMIT 200',
        ),
        get: recordGet('ContentVersion'),
        download: {
          route: 'GET /sobjects/ContentVersion/{id}/VersionData',
          description: 'Download the content of a file version',
          params: z.object({ id: recordId('ContentVersion') }),
          download: { accept: '*/*' },
        },
      },
    },
    attachments: {
      description: 'Classic attachments (files attached directly to records)',
      columns: ['Id', 'Name', 'ContentType', 'BodyLength', 'ParentId', 'LastModifiedDate'],
      actions: {
        list: soqlList(
          'List attachments with a SOQL query, newest change first by default',
          'SELECT Id, Name, ContentType, BodyLength, ParentId, CreatedDate, LastModifiedDate FROM Attachment ORDER BY LastModifiedDate DESC LIMIT 200',
        ),
        get: recordGet('Attachment'),
        download: {
          route: 'GET /sobjects/Attachment/{id}/Body',
          description: 'Download the body of an attachment',
          params: z.object({ id: recordId('Attachment') }),
          download: { accept: '*/*' },
        },
      },
    },
    reports: {
      description: 'Reports of the Analytics API: their metadata, and their results when run',
      columns: ['id', 'name', 'describeUrl', 'instancesUrl'],
      actions: {
        list: {
          route: 'GET /analytics/reports',
          description: 'List recently viewed reports (one response, no paging)',
        },
        get: {
          route: 'GET /analytics/reports/{id}',
          description: 'Run a report now and return its metadata, fact map and aggregates',
          params: z.object({
            id: z.string().describe('Report ID (starts with 00O)'),
            includeDetails: z.boolean().default(true).describe('Include the detail rows as well as the summaries'),
          }),
        },
      },
    },
    users: sobject({
      object: 'User',
      description: 'People with a login to the org',
      columns: ['Id', 'Name', 'Email', 'Username', 'IsActive', 'LastLoginDate'],
      query: 'SELECT FIELDS(STANDARD) FROM User WHERE IsActive = true ORDER BY LastModifiedDate DESC LIMIT 200',
    }),
    opportunity_stages: sobject({
      object: 'OpportunityStage',
      description: 'The stages an opportunity goes through, with their probability and forecast category',
      columns: ['Id', 'MasterLabel', 'SortOrder', 'IsClosed', 'IsWon', 'DefaultProbability'],
      query: 'SELECT FIELDS(STANDARD) FROM OpportunityStage ORDER BY SortOrder ASC',
    }),
    query: {
      description: 'Any SOQL query, for objects and fields the other entities do not cover',
      columns: ['Id'],
      actions: {
        list: soqlList('Run a SOQL query and return its records', 'SELECT Id FROM Organization LIMIT 1'),
      },
    },
  },
});
