import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { active, id, listAndGet, paged, pageParams, sortOrder } from './shared.js';

const ticketId = id('ticket');
const ticketType = z.enum(['problem', 'incident', 'question', 'task']).optional().describe('Ticket type');
const priority = z.enum(['urgent', 'high', 'normal', 'low']).optional().describe('Priority');
const status = z.enum(['new', 'open', 'pending', 'hold', 'solved']).optional().describe('Status');
const tags = z.array(z.string()).optional().describe('Tags (replaces the whole set)');
const customFields = z
  .array(z.object({ id: z.number().int().describe('Ticket field ID'), value: z.string().describe('Value') }))
  .optional()
  .describe('Values of custom ticket fields');
const dueAt = z.string().optional().describe('Due date of a task ticket (ISO 8601)');
const collaborators = z.array(z.number().int()).optional().describe('User IDs to copy (CC) on the ticket');
const userId = (what: string) => z.number().int().optional().describe(what);

const commentFields = {
  body: z.string().describe('Comment text (plain text or Markdown)'),
  html_body: z.string().optional().describe('Comment as HTML, instead of body'),
  public: z.boolean().optional().describe('Visible to the requester (true) or an internal note (false)'),
};
const commentWithAuthor = { ...commentFields, author_id: userId('Author of the comment; the token user when absent') };

const ticketSort = [
  'assignee',
  'assignee.name',
  'created_at',
  'group',
  'id',
  'requester',
  'requester.name',
  'status',
  'subject',
  'updated_at',
] as const;

/** Tickets and what hangs off them: comments, audits, metrics, fields, forms, attachments, ratings. */
export const ticketEntities = defineEntities({
  tickets: {
    description: 'Support requests: subject, status, priority, requester and assignee',
    columns: ['id', 'subject', 'status', 'priority', 'updated_at'],
    actions: {
      list: {
        route: 'GET /tickets.json',
        description: 'List tickets, page by page',
        params: pageParams.extend({
          external_id: z.string().optional().describe('Only tickets with this external ID'),
          sort_by: z.enum(ticketSort).optional().describe('Sort field'),
          sort_order: sortOrder,
        }),
        ...paged('tickets'),
      },
      create: {
        route: 'POST /tickets.json',
        description: 'Open a ticket; its first comment becomes the description',
        params: z.object({
          ticket: z
            .object({
              subject: z.string().describe('Subject line'),
              description: z.string().optional().describe('First comment text, when comment is absent'),
              comment: z.object(commentFields).partial({ body: true }).optional().describe('First comment'),
              type: ticketType,
              priority,
              status,
              requester_id: userId('User who asked for help; the token user when absent'),
              assignee_id: userId('Agent to assign'),
              group_id: z.number().int().optional().describe('Group to assign'),
              organization_id: z.number().int().optional().describe('Organization of the ticket'),
              tags,
              external_id: z.string().optional().describe('ID in another system'),
              custom_fields: customFields,
              due_at: dueAt,
              collaborator_ids: collaborators,
            })
            .describe('The new ticket'),
        }),
        records: 'ticket',
      },
      get: {
        route: 'GET /tickets/{ticket_id}.json',
        description: 'Fetch one ticket by ID',
        params: z.object({ ticket_id: ticketId }),
        records: 'ticket',
      },
      update: {
        route: 'PUT /tickets/{ticket_id}.json',
        description: 'Change ticket properties, optionally adding a comment',
        params: z.object({
          ticket_id: ticketId,
          ticket: z
            .object({
              subject: z.string().optional().describe('Subject line'),
              comment: z.object(commentWithAuthor).partial({ body: true }).optional().describe('Comment to add'),
              type: ticketType,
              priority,
              status,
              assignee_id: userId('Agent to assign'),
              group_id: z.number().int().optional().describe('Group to assign'),
              tags,
              external_id: z.string().optional().describe('ID in another system'),
              custom_fields: customFields,
              due_at: dueAt,
              collaborator_ids: collaborators,
            })
            .describe('Properties to change'),
        }),
        records: 'ticket',
      },
    },
  },
  ticket_comments: {
    description: 'Public replies and internal notes on a ticket',
    columns: ['id', 'author_id', 'public', 'body', 'created_at'],
    actions: {
      create: {
        route: 'PUT /tickets/{ticket_id}.json',
        description: 'Add a public reply or internal note to a ticket (returns the ticket)',
        params: z.object({
          ticket_id: ticketId,
          ticket: z.object({ comment: z.object(commentWithAuthor).describe('The comment') }).describe('Holds the comment'),
        }),
        records: 'ticket',
      },
      list: {
        route: 'GET /tickets/{ticket_id}/comments.json',
        description: 'List the comments of a ticket, oldest first by default',
        params: z.object({ ticket_id: ticketId }).extend(pageParams.shape).extend({
          include_inline_images: z.boolean().optional().describe('List inline images as attachments too'),
          sort_order: sortOrder,
        }),
        ...paged('comments'),
      },
    },
  },
  ticket_bulk_updates: {
    description: 'One change applied to many tickets as a background job',
    columns: ['id', 'status', 'progress', 'total'],
    actions: {
      create: {
        route: 'PUT /tickets/update_many.json',
        description: 'Apply the same change to up to 100 tickets; returns a job status to poll',
        params: z.object({
          ids: z.string().describe('Comma-separated ticket IDs, e.g. "1,2,3"'),
          ticket: z
            .object({
              status,
              priority,
              assignee_id: userId('Agent to assign'),
              group_id: z.number().int().optional().describe('Group to assign'),
              tags,
              additional_tags: z.array(z.string()).optional().describe('Tags to add'),
              remove_tags: z.array(z.string()).optional().describe('Tags to remove'),
            })
            .describe('The change to apply'),
        }),
        in: { ids: 'query' },
        records: 'job_status',
      },
    },
  },
  deleted_tickets: {
    description: 'Deleted tickets that can still be restored',
    columns: ['id', 'subject', 'deleted_at', 'actor.name'],
    actions: {
      list: {
        route: 'GET /deleted_tickets.json',
        description: 'List recently deleted tickets, page by page',
        params: pageParams.extend({
          sort_by: z.enum(['id', 'subject', 'deleted_at']).optional().describe('Sort field'),
          sort_order: sortOrder,
        }),
        ...paged('deleted_tickets'),
      },
    },
  },
  ticket_audits: {
    description: 'Change history of tickets: every event of every update',
    columns: ['id', 'ticket_id', 'author_id', 'created_at'],
    actions: {
      list: {
        route: 'GET /ticket_audits.json',
        variants: [{ when: 'ticket_id', route: 'GET /tickets/{ticket_id}/audits.json' }],
        description: 'List the audits of all tickets, or of one ticket with ticket_id, page by page',
        params: pageParams.extend({ ticket_id: ticketId.optional().describe('Only the audits of this ticket') }),
        ...paged('audits'),
      },
    },
  },
  ticket_metrics: {
    description: 'Timing figures of tickets: reply, resolution and wait times',
    columns: ['id', 'ticket_id', 'reopens', 'replies', 'solved_at'],
    actions: {
      list: {
        route: 'GET /ticket_metrics.json',
        description: 'List ticket metrics, page by page',
        params: pageParams,
        ...paged('ticket_metrics'),
      },
    },
  },
  ticket_fields: listAndGet({
    path: '/ticket_fields',
    plural: 'ticket_fields',
    singular: 'ticket_field',
    idParam: 'ticket_field_id',
    noun: 'ticket field',
    description: 'System and custom fields of the ticket form',
    columns: ['id', 'type', 'title', 'active', 'required'],
    filters: { locale: z.string().optional().describe('Locale for translated titles, e.g. "de"') },
  }),
  ticket_forms: listAndGet({
    path: '/ticket_forms',
    plural: 'ticket_forms',
    singular: 'ticket_form',
    idParam: 'ticket_form_id',
    noun: 'ticket form',
    description: 'Sets of fields shown for different kinds of request',
    columns: ['id', 'name', 'active', 'default', 'end_user_visible'],
    filters: {
      active,
      end_user_visible: z.boolean().optional().describe('Only forms end users can (true) or cannot (false) see'),
    },
  }),
  attachments: {
    description: 'Files attached to ticket comments',
    columns: ['id', 'file_name', 'content_type', 'size', 'content_url'],
    actions: {
      get: {
        route: 'GET /attachments/{attachment_id}.json',
        description: 'Fetch the details of an attachment, including its download URL',
        params: z.object({ attachment_id: id('attachment') }),
        records: 'attachment',
      },
      download: {
        route: 'GET /attachments/{attachment_id}.json',
        description: 'Download the file of a ticket attachment (from its content_url)',
        params: z.object({ attachment_id: id('attachment') }),
        records: 'attachment',
        download: { accept: '*/*', urlFrom: 'attachment.content_url', hosts: ['https://*.zendesk.com', 'https://*.zdusercontent.com'] },
      },
    },
  },
  satisfaction_ratings: listAndGet({
    path: '/satisfaction_ratings',
    plural: 'satisfaction_ratings',
    singular: 'satisfaction_rating',
    idParam: 'satisfaction_rating_id',
    noun: 'satisfaction rating',
    description: 'Good/bad ratings customers gave to solved tickets',
    columns: ['id', 'ticket_id', 'score', 'comment', 'created_at'],
    filters: {
      score: z.enum(['offered', 'unoffered', 'received', 'good', 'bad']).optional().describe('Only ratings with this score'),
      start_time: z.number().int().optional().describe('Only ratings from this Unix time on'),
      end_time: z.number().int().optional().describe('Only ratings up to this Unix time'),
    },
  }),
  tags: {
    description: 'Tags in use on tickets, with how often',
    columns: ['name', 'count'],
    actions: {
      list: {
        route: 'GET /tags.json',
        description: 'List the most used tags, page by page',
        params: pageParams,
        ...paged('tags'),
      },
    },
  },
});
