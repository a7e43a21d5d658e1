import { z } from 'zod';
import { defineEntities } from '../kit.js';
import type { EntityDef } from '../../lib/engine/types.js';
import { dataBody, date, dateTime, gid, pageParams, paged, unwrapped } from './shared.js';

/** Tasks, the task lists of projects, sections and tags, workspace task search, and a task's related records. */

const taskColumns = ['gid', 'name', 'resource_subtype', 'completed', 'due_on'];

const taskFields = {
  assignee: z.string().optional().describe('GID of the assignee, or "me"'),
  notes: z.string().optional().describe('Description as plain text'),
  html_notes: z.string().optional().describe('Description as Asana rich-text HTML'),
  due_on: date('Due date'),
  due_at: dateTime('Due date and time'),
  start_on: date('Start date'),
  completed: z.boolean().optional().describe('Whether the task is done'),
};

const completedSince = dateTime('Only tasks that are incomplete or were completed after this time');
const insertPosition = (what: string) => ({
  insert_before: z.string().optional().describe(`GID of the ${what} to insert before (not with insert_after)`),
  insert_after: z.string().optional().describe(`GID of the ${what} to insert after (not with insert_before)`),
});

/** A page of tasks related to one task (subtasks, dependencies, dependents). */
const relatedTasks = (relation: string, path: string): EntityDef => ({
  description: `The ${relation} of a task`,
  columns: taskColumns,
  actions: {
    list: {
      route: `GET /tasks/{task_gid}/${path}`,
      description: `List the ${relation} of a task, page by page`,
      params: pageParams.extend({ task_gid: gid('task') }),
      ...paged,
    },
  },
});

const anyOf = (what: string) => z.string().optional().describe(`Comma-separated ${what} GIDs; tasks matching any of them`);

export const taskEntities = defineEntities({
  tasks: {
    description: 'Tasks: units of work with an assignee, dates, notes and a place in projects',
    columns: taskColumns,
    actions: {
      list: {
        route: 'GET /tasks',
        description: 'List tasks filtered by project, section, tag or assignee + workspace, page by page',
        params: pageParams.extend({
          project: z.string().optional().describe('Only tasks in this project GID'),
          workspace: z.string().optional().describe('Workspace GID; required together with assignee'),
          section: z.string().optional().describe('Only tasks in this section GID'),
          assignee: z.string().optional().describe('Only tasks assigned to this user GID (or "me"); needs workspace'),
          completed_since: completedSince,
          modified_since: dateTime('Only tasks modified after this time'),
        }),
        ...paged,
      },
      create: {
        route: 'POST /tasks',
        description: 'Create a task in a workspace, optionally in projects or under a parent task',
        params: dataBody('new task', {
          name: z.string().describe('Task name'),
          workspace: gid('workspace to create the task in'),
          projects: z.array(z.string()).optional().describe('GIDs of projects to add the task to'),
          ...taskFields,
          parent: z.string().optional().describe('GID of the parent task, to create a subtask'),
          tags: z.array(z.string()).optional().describe('GIDs of tags to put on the task'),
          followers: z.array(z.string()).optional().describe('GIDs of users who follow the task'),
          resource_subtype: z
            .enum(['default_task', 'milestone', 'section', 'approval'])
            .optional()
            .describe('Kind of task (default_task unless given)'),
        }),
        ...unwrapped,
      },
      get: {
        route: 'GET /tasks/{task_gid}',
        description: 'Fetch one task by GID',
        params: z.object({ task_gid: gid('task') }),
        ...unwrapped,
      },
      update: {
        route: 'PUT /tasks/{task_gid}',
        description: 'Change a task; only the given fields change',
        params: z.object({ task_gid: gid('task') }).extend(
          dataBody('task to change', { name: z.string().optional().describe('New task name'), ...taskFields }).shape,
        ),
        ...unwrapped,
      },
      delete: {
        route: 'DELETE /tasks/{task_gid}',
        description: 'Delete a task (it goes to the trash)',
        params: z.object({ task_gid: gid('task') }),
        ...unwrapped,
        kind: 'destructive',
      },
    },
  },
  project_tasks: {
    description: 'The tasks of a project',
    columns: taskColumns,
    actions: {
      list: {
        route: 'GET /projects/{project_gid}/tasks',
        description: 'List the tasks of a project, page by page',
        params: pageParams.extend({ project_gid: gid('project'), completed_since: completedSince }),
        ...paged,
      },
    },
  },
  workspace_task_search: {
    description: 'Full search over the tasks of a workspace (premium workspaces only)',
    columns: taskColumns,
    actions: {
      list: {
        route: 'GET /workspaces/{workspace_gid}/tasks/search',
        description: 'Search the tasks of a workspace by text, people, places and dates',
        params: pageParams.extend({
          workspace_gid: gid('workspace to search'),
          limit: z.number().int().min(1).max(100).optional().describe('Records per page, 1 to 100'),
          text: z.string().optional().describe('Text to look for in task names and descriptions'),
          completed: z.boolean().optional().describe('Only completed (true) or incomplete (false) tasks'),
          'assignee.any': anyOf('assignee'),
          'projects.any': anyOf('project'),
          'sections.any': anyOf('section'),
          'teams.any': anyOf('team'),
          'followers.any': anyOf('follower'),
          'created_at.after': dateTime('Only tasks created after this time'),
          'created_at.before': dateTime('Only tasks created before this time'),
          'modified_at.after': dateTime('Only tasks modified after this time'),
          'modified_at.before': dateTime('Only tasks modified before this time'),
          'due_on.after': date('Only tasks due after this date'),
          'due_on.before': date('Only tasks due before this date'),
          resource_subtype: z.string().optional().describe('Only tasks of this subtype, e.g. default_task or milestone'),
          sort_by: z.string().optional().describe('Sort field: due_date, created_at, completed_at, likes or modified_at'),
          sort_ascending: z.boolean().optional().describe('Sort ascending (true) or descending (false)'),
        }),
        ...paged,
      },
    },
  },
  section_tasks: {
    description: 'The tasks of a section, and moving a task into a section',
    columns: taskColumns,
    actions: {
      list: {
        route: 'GET /sections/{section_gid}/tasks',
        description: 'List the tasks of a section, page by page',
        params: pageParams.extend({ section_gid: gid('section'), completed_since: completedSince }),
        ...paged,
      },
      create: {
        route: 'POST /sections/{section_gid}/addTask',
        description: 'Move a task into a section (out of its other section in the same project)',
        params: z.object({ section_gid: gid('section') }).extend(
          dataBody('move', { task: gid('task to move'), ...insertPosition('task') }).shape,
        ),
        ...unwrapped,
      },
    },
  },
  tag_tasks: {
    description: 'The tasks that carry a tag',
    columns: taskColumns,
    actions: {
      list: {
        route: 'GET /tags/{tag_gid}/tasks',
        description: 'List the tasks that carry a tag, page by page',
        params: pageParams.extend({ tag_gid: gid('tag') }),
        ...paged,
      },
    },
  },
  task_subtasks: relatedTasks('subtasks', 'subtasks'),
  task_dependencies: relatedTasks('dependencies (tasks it waits on)', 'dependencies'),
  task_dependents: relatedTasks('dependents (tasks waiting on it)', 'dependents'),
  task_stories: {
    description: 'Stories of a task: its comments and activity',
    columns: ['gid', 'created_at', 'resource_subtype', 'text'],
    actions: {
      create: {
        route: 'POST /tasks/{task_gid}/stories',
        description: 'Add a comment to a task',
        params: z.object({ task_gid: gid('task') }).extend(
          dataBody('comment', {
            text: z.string().describe('Comment as plain text'),
            html_text: z.string().optional().describe('Comment as Asana rich-text HTML (instead of text)'),
            is_pinned: z.boolean().optional().describe('Pin the comment to the top of the task'),
          }).shape,
        ),
        ...unwrapped,
      },
    },
  },
  task_tags: {
    description: 'The tags on a task',
    columns: ['gid', 'name'],
    actions: {
      create: {
        route: 'POST /tasks/{task_gid}/addTag',
        description: 'Put a tag on a task',
        params: z.object({ task_gid: gid('task') }).extend(dataBody('tagging', { tag: gid('tag to add') }).shape),
        ...unwrapped,
      },
      delete: {
        route: 'POST /tasks/{task_gid}/removeTag',
        description: 'Take a tag off a task',
        params: z.object({ task_gid: gid('task') }).extend(dataBody('untagging', { tag: gid('tag to remove') }).shape),
        ...unwrapped,
        kind: 'destructive',
      },
    },
  },
});
