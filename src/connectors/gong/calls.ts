import { z } from 'zod';
import { defineEntities } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';
import { cursor, cursorPaged, dateTime, idList } from './shared.js';

/** Calls: the basic list and record, the extensive (POST) listing, transcripts, and the media URLs. */

const flags = (names: string[], what: string) =>
  z
    .object(Object.fromEntries(names.map((n) => [n, z.boolean().optional().describe(`Include ${n}`)])))
    .optional()
    .describe(what);

const exposedFields = z
  .object({
    collaboration: flags(['publicComments'], 'Collaboration data to include'),
    content: flags(
      ['pointsOfInterest', 'structure', 'topics', 'trackers', 'trackerOccurrences', 'brief', 'outline', 'highlights', 'callOutcome', 'keyPoints'],
      'AI content (topics, trackers, brief, outline…) to include',
    ),
    interaction: flags(['personInteractionStats', 'questions', 'speakers', 'video'], 'Interaction statistics to include'),
    media: z.boolean().optional().describe('Include the audio and video URLs'),
    parties: z.boolean().optional().describe('Include the participants'),
  })
  .optional()
  .describe('Which optional parts of each call to return');

/** The recording of one call: its temporary media URL is read through the extensive listing, then fetched. */
function mediaDownload(kind: 'audio' | 'video'): ActionDef {
  return {
    route: 'POST /v2/calls/extensive',
    description: `Download the ${kind} recording of one call (from its temporary media.${kind}Url)`,
    params: z.object({
      filter: z
        .object({ callIds: z.array(z.string()).min(1).describe('The call ID, as a one-element list') })
        .describe('The call to fetch'),
      contentSelector: z
        .object({
          exposedFields: z
            .object({ media: z.boolean().default(true).describe('Must stay true for the media URLs to be returned') })
            .default({ media: true })
            .describe('Parts of the call to return'),
        })
        .default({ exposedFields: { media: true } })
        .describe('Selects the media part of the call'),
    }),
    records: 'calls.0',
    kind: 'read',
    download: { accept: '*/*', urlFrom: `calls.0.media.${kind}Url`, hosts: ['https://*.gong.io', 'https://*.s3.amazonaws.com'] },
  };
}

export const callEntities = defineEntities({
  calls: {
    description: 'Recorded calls and meetings, with their time, duration and host',
    columns: ['id', 'title', 'started', 'duration', 'direction', 'primaryUserId'],
    actions: {
      list: {
        route: 'GET /v2/calls',
        description: 'List calls in a time range, page by page (private calls included)',
        params: z.object({
          fromDateTime: dateTime('Only calls that started at or after this time'),
          toDateTime: dateTime('Only calls that started before this time'),
          cursor,
        }),
        ...cursorPaged('calls'),
      },
      get: {
        route: 'GET /v2/calls/{id}',
        description: 'Fetch one call by ID',
        params: z.object({ id: z.string().describe('Gong call ID') }),
        records: 'call',
      },
    },
  },
  calls_extensive: {
    description: 'Calls with their participants, interaction statistics and AI content',
    columns: ['metaData.id', 'metaData.title', 'metaData.started', 'metaData.duration'],
    actions: {
      list: {
        route: 'POST /v2/calls/extensive',
        description: 'List calls with the detail parts chosen in contentSelector, page by page',
        params: z.object({
          filter: z
            .object({
              fromDateTime: dateTime('Only calls that started at or after this time'),
              toDateTime: dateTime('Only calls that started before this time'),
              callIds: idList('call'),
              workspaceId: z.string().optional().describe('Only calls of this workspace'),
            })
            .default({})
            .describe('Which calls: a time range or a list of call IDs'),
          contentSelector: z
            .object({
              context: z.enum(['Extended']).optional().describe('"Extended" adds CRM context objects linked to the call'),
              contextTiming: z.array(z.enum(['Now', 'TimeOfCall'])).optional().describe('CRM context as it is now, or as it was at call time'),
              exposedFields,
            })
            .optional()
            .describe('The parts of each call to return'),
          cursor,
        }),
        ...cursorPaged('calls'),
        kind: 'read',
      },
    },
  },
  call_audio: {
    description: 'The audio recording of a call, as a temporary URL',
    columns: ['metaData.id', 'media.audioUrl'],
    actions: { download: mediaDownload('audio') },
  },
  call_video: {
    description: 'The video recording of a call, as a temporary URL',
    columns: ['metaData.id', 'media.videoUrl'],
    actions: { download: mediaDownload('video') },
  },
  call_transcripts: {
    description: 'Call transcripts: who said what, sentence by sentence',
    columns: ['callId'],
    actions: {
      list: {
        route: 'POST /v2/calls/transcript',
        description: 'List the transcripts of calls in a time range or of given calls, page by page',
        params: z.object({
          filter: z
            .object({
              fromDateTime: dateTime('Only calls that started at or after this time'),
              toDateTime: dateTime('Only calls that started before this time'),
              callIds: idList('call'),
            })
            .describe('Which calls: a time range or a list of call IDs'),
          cursor,
        }),
        ...cursorPaged('callTranscripts'),
        kind: 'read',
      },
    },
  },
});
