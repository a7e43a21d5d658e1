import { z } from 'zod';
import { defineEntities } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';
import { cursor, cursorPaged, idList } from './shared.js';

/** Activity and interaction statistics per user, over a date range (POST reads). */

const date = (what: string) => z.string().describe(`${what} (YYYY-MM-DD)`);

/** A per-user statistics report over [fromDate, toDate). */
function userStats(path: string, records: string, description: string): ActionDef {
  return {
    route: `POST ${path}`,
    description,
    params: z.object({
      filter: z
        .object({
          fromDate: date('First day of the range, inclusive'),
          toDate: date('Last day of the range, exclusive'),
          userIds: idList('user'),
        })
        .describe('The date range and, optionally, the users'),
      cursor,
    }),
    ...cursorPaged(records),
    kind: 'read',
  };
}

export const statsEntities = defineEntities({
  stats_activity_aggregate: {
    description: 'Per-user activity totals (calls hosted, feedback given and received, listening) over a period',
    columns: ['userId', 'userEmailAddress'],
    actions: {
      list: userStats(
        '/v2/stats/activity/aggregate',
        'usersAggregateActivityStats',
        'Total activity of each user over a date range, page by page',
      ),
    },
  },
  stats_activity_day_by_day: {
    description: 'Per-user activity broken down by day',
    columns: ['userId', 'userEmailAddress'],
    actions: {
      list: userStats(
        '/v2/stats/activity/day-by-day',
        'usersDetailedActivities',
        'Daily activity of each user over a date range, page by page',
      ),
    },
  },
  stats_interaction: {
    description: 'Per-user interaction statistics (talk ratio, longest monologue, interactivity, patience…)',
    columns: ['userId', 'userEmailAddress'],
    actions: {
      list: userStats(
        '/v2/stats/interaction',
        'peopleInteractionStats',
        'Interaction statistics of each user over a date range, page by page',
      ),
    },
  },
  stats_activity_scorecards: {
    description: 'Scorecards answered by reviewers about calls, with their answers and scores',
    columns: ['answeredScorecardId', 'scorecardName', 'callId', 'reviewedUserId', 'overallScore'],
    actions: {
      list: {
        route: 'POST /v2/stats/activity/scorecards',
        description: 'List the scorecards answered in a time range, page by page',
        params: z.object({
          filter: z
            .object({
              fromDateTime: z.string().describe('Start of the range (ISO 8601, e.g. "2025-01-01T00:00:00Z")'),
              toDateTime: z.string().describe('End of the range (ISO 8601)'),
              scorecardIds: idList('scorecard'),
              reviewedUserIds: idList('reviewed user'),
              reviewerUserIds: idList('reviewer user'),
              callIds: idList('call'),
            })
            .describe('The time range and, optionally, scorecards, users or calls'),
          cursor,
        }),
        ...cursorPaged('answeredScorecards'),
        kind: 'read',
      },
    },
  },
});
