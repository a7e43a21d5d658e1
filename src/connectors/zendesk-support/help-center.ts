import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { id, paged, pageParams, sortOrder } from './shared.js';

const articleId = id('article');

const attachmentParams = z.object({ article_id: articleId, attachment_id: id('article attachment') });

/** Help Center knowledge base: articles and their attachments. */
export const helpCenterEntities = defineEntities({
  articles: {
    description: 'Help Center knowledge base articles',
    columns: ['id', 'title', 'locale', 'draft', 'updated_at'],
    actions: {
      list: {
        route: 'GET /help_center/articles.json',
        description: 'List articles, page by page',
        params: pageParams.extend({
          sort_by: z.enum(['created_at', 'updated_at', 'title', 'position']).optional().describe('Sort field'),
          sort_order: sortOrder,
        }),
        ...paged('articles'),
      },
      get: {
        route: 'GET /help_center/articles/{id}.json',
        description: 'Fetch one article by ID',
        params: z.object({ id: articleId }),
        records: 'article',
      },
    },
  },
  article_attachments: {
    description: 'Files attached to Help Center articles',
    columns: ['id', 'file_name', 'content_type', 'size', 'content_url'],
    actions: {
      list: {
        route: 'GET /help_center/articles/{article_id}/attachments.json',
        description: 'List the attachments of an article',
        params: z.object({ article_id: articleId }).extend(pageParams.shape),
        ...paged('article_attachments'),
      },
      get: {
        route: 'GET /help_center/articles/{article_id}/attachments/{attachment_id}',
        description: 'Fetch the details of an article attachment, including its download URL',
        params: attachmentParams,
        records: 'article_attachment',
      },
      download: {
        route: 'GET /help_center/articles/{article_id}/attachments/{attachment_id}',
        description: 'Download the file of an article attachment (from its content_url)',
        params: attachmentParams,
        records: 'article_attachment',
        download: { accept: '*/*', urlFrom: 'article_attachment.content_url', hosts: ['https://*.zendesk.com', 'https://*.zdusercontent.com'] },
      },
    },
  },
});
