import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { color, dataBody, date, gid, pageParams, paged, unwrapped } from './shared.js';

/** Projects, the project lists of tasks, teams and workspaces, and the sections of projects. */

const projectColumns = ['gid', 'name', 'archived', 'color', 'due_on'];
const archived = z.boolean().optional().describe('Only archived (true) or active (false) projects');

const projectFields = {
  notes: z.string().optional().describe('Description as plain text'),
  html_notes: z.string().optional().describe('Description as Asana rich-text HTML'),
  color,
  default_view: z.enum(['list', 'board', 'calendar', 'timeline']).optional().describe('View the project opens in'),
  due_on: date('Due date'),
  start_on: date('Start date'),
};

export const projectEntities = defineEntities({
  projects: {
    description: 'Projects: collections of tasks shared with a team or workspace',
    columns: projectColumns,
    actions: {
      list: {
        route: 'GET /projects',
        description: 'List projects, optionally of one workspace or team, page by page',
        params: pageParams.extend({
          workspace: z.string().optional().describe('Only projects in this workspace GID'),
          team: z.string().optional().describe('Only projects shared with this team GID'),
          archived,
        }),
        ...paged,
      },
      create: {
        route: 'POST /projects',
        description: 'Create a project in a workspace (organizations also need a team)',
        params: dataBody('new project', {
          name: z.string().describe('Project name'),
          workspace: gid('workspace to create the project in'),
          team: z.string().optional().describe('GID of the team that shares the project (needed in organizations)'),
          ...projectFields,
          privacy_setting: z.enum(['public_to_workspace', 'private']).optional().describe('Who can see the project'),
          archived: z.boolean().optional().describe('Create it archived'),
        }),
        ...unwrapped,
      },
      get: {
        route: 'GET /projects/{project_gid}',
        description: 'Fetch one project by GID',
        params: z.object({ project_gid: gid('project') }),
        ...unwrapped,
      },
      update: {
        route: 'PUT /projects/{project_gid}',
        description: 'Change a project; only the given fields change',
        params: z.object({ project_gid: gid('project') }).extend(
          dataBody('project to change', {
            name: z.string().optional().describe('New project name'),
            ...projectFields,
            archived: z.boolean().optional().describe('Archive (true) or restore (false) the project'),
          }).shape,
        ),
        ...unwrapped,
      },
      delete: {
        route: 'DELETE /projects/{project_gid}',
        description: 'Delete a project',
        params: z.object({ project_gid: gid('project') }),
        ...unwrapped,
        kind: 'destructive',
      },
    },
  },
  task_projects: {
    description: 'The projects a task belongs to',
    columns: projectColumns,
    actions: {
      list: {
        route: 'GET /tasks/{task_gid}/projects',
        description: 'List the projects a task is in, page by page',
        params: pageParams.extend({ task_gid: gid('task') }),
        ...paged,
      },
    },
  },
  team_projects: {
    description: 'The projects shared with a team',
    columns: projectColumns,
    actions: {
      list: {
        route: 'GET /teams/{team_gid}/projects',
        description: 'List the projects of a team, page by page',
        params: pageParams.extend({ team_gid: gid('team'), archived }),
        ...paged,
      },
    },
  },
  workspace_projects: {
    description: 'The projects of a workspace',
    columns: projectColumns,
    actions: {
      list: {
        route: 'GET /workspaces/{workspace_gid}/projects',
        description: 'List the projects of a workspace, page by page',
        params: pageParams.extend({ workspace_gid: gid('workspace'), archived }),
        ...paged,
      },
    },
  },
  project_sections: {
    description: 'The sections (list headings or board columns) of a project',
    columns: ['gid', 'name', 'created_at'],
    actions: {
      list: {
        route: 'GET /projects/{project_gid}/sections',
        description: 'List the sections of a project, page by page',
        params: pageParams.extend({ project_gid: gid('project') }),
        ...paged,
      },
      create: {
        route: 'POST /projects/{project_gid}/sections',
        description: 'Add a section to a project, at the end or next to another section',
        params: z.object({ project_gid: gid('project') }).extend(
          dataBody('new section', {
            name: z.string().describe('Section name (the column header on a board)'),
            insert_before: z.string().optional().describe('GID of the section to insert before (not with insert_after)'),
            insert_after: z.string().optional().describe('GID of the section to insert after (not with insert_before)'),
          }).shape,
        ),
        ...unwrapped,
      },
    },
  },
  sections: {
    description: 'Sections by GID',
    columns: ['gid', 'name', 'created_at'],
    actions: {
      get: {
        route: 'GET /sections/{section_gid}',
        description: 'Fetch one section by GID',
        params: z.object({ section_gid: gid('section') }),
        ...unwrapped,
      },
      update: {
        route: 'PUT /sections/{section_gid}',
        description: 'Rename a section',
        params: z.object({ section_gid: gid('section') }).extend(
          dataBody('section to change', { name: z.string().optional().describe('New section name') }).shape,
        ),
        ...unwrapped,
      },
      delete: {
        route: 'DELETE /sections/{section_gid}',
        description: 'Delete a section (it must be empty and not the last one)',
        params: z.object({ section_gid: gid('section') }),
        ...unwrapped,
        kind: 'destructive',
      },
    },
  },
});
