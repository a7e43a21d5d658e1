import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  PROJECT_FIELDS,
  TEAM_FIELDS,
  USER_FIELDS,
  WORKFLOW_STATE_FIELDS,
  connection,
  fields,
  gqlGet,
  gqlList,
  gqlMutation,
  id,
  operation,
  pageParams,
  pageVars,
} from './shared.js';

/** Projects, teams, their workflow states, and the people in the workspace. */

const LIST_PROJECTS = `query listProjects($first: Int, $after: String) {
  projects(first: $first, after: $after) { ${connection} }
}`;

const GET_PROJECT = `query getProject($id: String!) {
  project(id: $id) { {{fields}} }
}`;

const CREATE_PROJECT = `mutation createProject($name: String!, $teamIds: [String!]!, $description: String, $statusId: String, $startDate: TimelessDate, $targetDate: TimelessDate, $leadId: String) {
  projectCreate(input: { name: $name, teamIds: $teamIds, description: $description, statusId: $statusId, startDate: $startDate, targetDate: $targetDate, leadId: $leadId }) {
    success project { {{fields}} }
  }
}`;

const UPDATE_PROJECT = `mutation updateProject($id: String!, $name: String, $description: String, $statusId: String, $startDate: TimelessDate, $targetDate: TimelessDate, $leadId: String) {
  projectUpdate(id: $id, input: { name: $name, description: $description, statusId: $statusId, startDate: $startDate, targetDate: $targetDate, leadId: $leadId }) {
    success project { {{fields}} }
  }
}`;

const LIST_TEAMS = `query listTeams($first: Int, $after: String) {
  teams(first: $first, after: $after) { ${connection} }
}`;

const GET_TEAM = `query getTeam($id: String!) {
  team(id: $id) { {{fields}} }
}`;

const LIST_WORKFLOW_STATES = `query listWorkflowStates($first: Int, $after: String) {
  workflowStates(first: $first, after: $after) { ${connection} }
}`;

const LIST_USERS = `query listUsers($first: Int, $after: String) {
  users(first: $first, after: $after) { ${connection} }
}`;

const GET_USER = `query getUser($id: String!) {
  user(id: $id) { {{fields}} }
}`;

/**
 * Airbyte's definition has a `state` param, but Linear's project inputs have no `state` field (the server rejects
 * the whole mutation): the state follows the project's status, set with `statusId`.
 */
const state = z
  .string()
  .optional()
  .refine((v) => v === undefined, { message: "Linear sets a project's state through its status: pass statusId instead of state" })
  .describe('Not accepted by Linear: use statusId');
const statusId = z
  .string()
  .optional()
  .describe('ID of the project status (backlog, planned, started, paused, completed, canceled: see the projectStatuses of the workspace)');
const date = (what: string) => z.string().optional().describe(`${what}, as YYYY-MM-DD`);
const clearableDate = (what: string) =>
  z.string().nullable().optional().describe(`${what}, as YYYY-MM-DD; null clears it`);
const projectVars = {
  name: 'name',
  description: 'description',
  statusId: 'statusId',
  startDate: 'startDate',
  targetDate: 'targetDate',
  leadId: 'leadId',
} as const;

export const workspaceEntities = defineEntities({
  projects: {
    description: 'Projects: groups of issues with a state, lead and start/target dates',
    columns: ['id', 'name', 'state', 'startDate', 'targetDate'],
    actions: {
      list: {
        ...gqlList('data.projects'),
        description: 'List the projects of the workspace, page by page',
        params: operation('listProjects').extend(pageParams.shape),
        graphql: { query: LIST_PROJECTS, variables: pageVars, defaultFields: PROJECT_FIELDS },
      },
      get: {
        ...gqlGet('data.project'),
        description: 'Fetch one project by ID',
        params: operation('getProject').extend({ id: id('project'), fields }),
        graphql: { query: GET_PROJECT, variables: { id: 'id' }, defaultFields: PROJECT_FIELDS },
      },
      create: {
        ...gqlMutation('data.projectCreate'),
        description: 'Create a project for one or more teams',
        params: operation('createProject').extend({
          name: z.string().describe('Project name'),
          teamIds: z.array(z.string()).describe('IDs of the teams working on the project (see teams list)'),
          description: z.string().optional().describe('Project description, in Markdown'),
          state,
          statusId,
          startDate: date('Planned start date'),
          targetDate: date('Target completion date'),
          leadId: z.string().optional().describe('ID of the user who leads the project (see users list)'),
          fields,
        }),
        graphql: { query: CREATE_PROJECT, variables: { ...projectVars, teamIds: 'teamIds' }, defaultFields: PROJECT_FIELDS },
      },
      update: {
        ...gqlMutation('data.projectUpdate'),
        description: 'Change a project; only the given fields change. Pass null as leadId or a date to clear it',
        params: operation('updateProject').extend({
          id: id('project to change'),
          name: z.string().optional().describe('New project name'),
          description: z.string().optional().describe('New description, in Markdown'),
          state,
          statusId,
          startDate: clearableDate('New planned start date'),
          targetDate: clearableDate('New target date'),
          leadId: z.string().nullable().optional().describe('ID of the new project lead; null removes the lead'),
          fields,
        }),
        graphql: { query: UPDATE_PROJECT, variables: { id: 'id', ...projectVars }, defaultFields: PROJECT_FIELDS },
      },
    },
  },
  teams: {
    description: 'Teams: the groups that own issues, with their key and time zone',
    columns: ['id', 'key', 'name', 'timezone'],
    actions: {
      list: {
        ...gqlList('data.teams'),
        description: 'List the teams of the workspace, page by page',
        params: operation('listTeams').extend(pageParams.shape),
        graphql: { query: LIST_TEAMS, variables: pageVars, defaultFields: TEAM_FIELDS },
      },
      get: {
        ...gqlGet('data.team'),
        description: 'Fetch one team by ID',
        params: operation('getTeam').extend({ id: id('team'), fields }),
        graphql: { query: GET_TEAM, variables: { id: 'id' }, defaultFields: TEAM_FIELDS },
      },
    },
  },
  workflow_states: {
    description: 'Workflow states (Backlog, Todo, In Progress, Done…) of each team; their IDs set an issue state',
    columns: ['id', 'name', 'type', 'position', 'color'],
    actions: {
      list: {
        ...gqlList('data.workflowStates'),
        description: 'List the workflow states of every team, page by page',
        params: operation('listWorkflowStates').extend(pageParams.shape),
        graphql: { query: LIST_WORKFLOW_STATES, variables: pageVars, defaultFields: WORKFLOW_STATE_FIELDS },
      },
    },
  },
  users: {
    description: 'Members of the workspace',
    columns: ['id', 'name', 'email', 'active', 'admin'],
    actions: {
      list: {
        ...gqlList('data.users'),
        description: 'List the members of the workspace, page by page',
        params: operation('listUsers').extend(pageParams.shape),
        graphql: { query: LIST_USERS, variables: pageVars, defaultFields: USER_FIELDS },
      },
      get: {
        ...gqlGet('data.user'),
        description: 'Fetch one member by ID',
        params: operation('getUser').extend({ id: id('user'), fields }),
        graphql: { query: GET_USER, variables: { id: 'id' }, defaultFields: USER_FIELDS },
      },
    },
  },
});
