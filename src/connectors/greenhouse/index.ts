import { z } from 'zod';
import { basic, defineConnector, field } from '../kit.js';
import { attachmentDownload, createdRange, id, linkList, pagedPair, pageParams, timestamp, updatedRange } from './shared.js';

/** Greenhouse Harvest API (v1): read-only recruiting data, basic auth with the API key as the username. */
export default defineConnector({
  name: 'greenhouse',
  title: 'Greenhouse',
  definitionId: '59f1e50a-331f-4f09-b3e8-2e8d4d355f44',
  docsUrl: 'https://developers.greenhouse.io/harvest.html',
  server: 'https://harvest.greenhouse.io/v1',
  auth: {
    api_key: basic({
      title: 'Harvest API key',
      description: 'HTTP basic auth with the API key as the username and a blank password',
      fields: {
        api_key: field('GREENHOUSE_API_KEY', {
          title: 'Harvest API key',
          description: 'A Harvest API key (Configure → Dev Center → API Credential Management)',
          secret: true,
        }),
        password: field('GREENHOUSE_API_PASSWORD', {
          title: 'Password',
          description: 'Leave empty: Harvest expects a blank password',
          secret: true,
          optional: true,
        }),
      },
      username: 'api_key',
      password: 'password',
    }),
  },
  entities: {
    candidates: {
      description: 'Candidates: people in the pipeline, with contact details, applications and attachments',
      columns: ['id', 'first_name', 'last_name', 'company', 'title', 'last_activity'],
      actions: pagedPair('/candidates', 'candidate', 'candidates'),
    },
    applications: {
      description: 'Applications of candidates to jobs, with their status and current stage',
      columns: ['id', 'candidate_id', 'status', 'applied_at', 'last_activity_at'],
      actions: {
        list: {
          route: 'GET /applications',
          description: 'List applications, page by page, optionally filtered by job, status or dates',
          params: pageParams.extend({
            ...createdRange,
            last_activity_after: timestamp('with activity at or after'),
            job_id: z.number().int().optional().describe('Only applications to this job'),
            status: z.enum(['active', 'rejected', 'hired']).optional().describe('Only applications in this status'),
          }),
          ...linkList,
        },
        get: {
          route: 'GET /applications/{id}',
          description: 'Fetch one application by ID',
          params: z.object({ id: id('application') }),
        },
      },
    },
    jobs: {
      description: 'Jobs (requisitions) with their status, departments, offices and hiring team',
      columns: ['id', 'name', 'status', 'requisition_id', 'opened_at', 'closed_at'],
      actions: pagedPair('/jobs', 'job', 'jobs'),
    },
    offers: {
      description: 'Offers made to candidates, with their status and dates',
      columns: ['id', 'application_id', 'status', 'created_at', 'resolved_at', 'starts_at'],
      actions: {
        list: {
          route: 'GET /offers',
          description: 'List offers, page by page, optionally filtered by dates',
          params: pageParams.extend({ ...createdRange, resolved_after: timestamp('resolved at or after') }),
          ...linkList,
        },
        get: {
          route: 'GET /offers/{id}',
          description: 'Fetch one offer by ID',
          params: z.object({ id: id('offer') }),
        },
      },
    },
    users: {
      description: 'Greenhouse users: recruiters, coordinators, interviewers and admins',
      columns: ['id', 'name', 'primary_email_address', 'site_admin', 'disabled'],
      actions: {
        list: {
          route: 'GET /users',
          description: 'List users, page by page, optionally filtered by dates',
          params: pageParams.extend({ ...createdRange, ...updatedRange }),
          ...linkList,
        },
        get: {
          route: 'GET /users/{id}',
          description: 'Fetch one user by ID',
          params: z.object({ id: id('user') }),
        },
      },
    },
    departments: {
      description: 'Departments of the organization, with their parent and children',
      columns: ['id', 'name', 'parent_id', 'external_id'],
      actions: pagedPair('/departments', 'department', 'departments'),
    },
    offices: {
      description: 'Offices of the organization, with location and parent office',
      columns: ['id', 'name', 'parent_id', 'external_id'],
      actions: pagedPair('/offices', 'office', 'offices'),
    },
    job_posts: {
      description: 'Job posts: the public or internal listings of jobs',
      columns: ['id', 'title', 'job_id', 'live', 'active', 'updated_at'],
      actions: {
        list: {
          route: 'GET /job_posts',
          description: 'List job posts, page by page, optionally only live or active ones',
          params: pageParams.extend({
            live: z.boolean().optional().describe('true: only posts live on a job board; false: only those that are not'),
            active: z.boolean().optional().describe('true: only active posts; false: only inactive ones'),
          }),
          ...linkList,
        },
        get: {
          route: 'GET /job_posts/{id}',
          description: 'Fetch one job post by ID',
          params: z.object({ id: id('job post') }),
        },
      },
    },
    sources: {
      description: 'Sources candidates come from (job boards, referrals, agencies…)',
      columns: ['id', 'name', 'type'],
      actions: {
        list: {
          route: 'GET /sources',
          description: 'List candidate sources, page by page',
          params: pageParams,
          ...linkList,
        },
      },
    },
    scheduled_interviews: {
      description: 'Interviews scheduled for applications, with time, location and interviewers',
      columns: ['id', 'application_id', 'status', 'start', 'end', 'location'],
      actions: {
        list: {
          route: 'GET /scheduled_interviews',
          description: 'List scheduled interviews, page by page, optionally filtered by dates',
          params: pageParams.extend({
            ...createdRange,
            ...updatedRange,
            starts_after: timestamp('starting at or after'),
            ends_before: timestamp('ending before'),
          }),
          ...linkList,
        },
        get: {
          route: 'GET /scheduled_interviews/{id}',
          description: 'Fetch one scheduled interview by ID',
          params: z.object({ id: id('scheduled interview') }),
        },
      },
    },
    application_attachment: {
      description: 'Files attached to an application (resume, cover letter…)',
      columns: ['filename', 'type', 'created_at', 'url'],
      actions: attachmentDownload('/applications', 'application'),
    },
    candidate_attachment: {
      description: 'Files attached to a candidate (resume, cover letter…)',
      columns: ['filename', 'type', 'created_at', 'url'],
      actions: attachmentDownload('/candidates', 'candidate'),
    },
  },
});
