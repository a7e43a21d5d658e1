import { describe, expect, it } from 'vitest';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'xoxb-test-token';
const env = { SLACK_BOT_TOKEN: TOKEN };

const { serve, exec } = vendorTest('slack', env);

const alice = { id: 'U01', name: 'alice', real_name: 'Alice A', is_admin: true, is_bot: false, deleted: false };
const bob = { id: 'U02', name: 'bob', real_name: 'Bob B', is_admin: false, is_bot: false, deleted: false };

describe('slack connector', () => {
  it('lists users: GET /users.list with the bot token, records from members', async () => {
    const srv = await serve(() => ({
      body: { ok: true, members: [alice, bob], response_metadata: { next_cursor: 'dXNlcjpVMDM=' } },
    }));
    const res = await exec(['users', 'list'], { limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([alice, bob]));
    expect(srv.requests).toHaveLength(1);
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/users.list');
    expect(Object.fromEntries(req.query)).toEqual({ limit: '2' });
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.body).toBe('');
  });

  it('follows response_metadata.next_cursor with --all and prints NDJSON', async () => {
    const general = { id: 'C01', name: 'general', is_private: false };
    const random = { id: 'C02', name: 'random', is_private: false };
    const secret = { id: 'G03', name: 'secret', is_private: true };
    const srv = await serve((req) =>
      req.query.get('cursor') === 'Y2hhbm5lbDpDMDM='
        ? { body: { ok: true, channels: [secret], response_metadata: { next_cursor: '' } } }
        : { body: { ok: true, channels: [general, random], response_metadata: { next_cursor: 'Y2hhbm5lbDpDMDM=' } } },
    );
    const res = await exec(['channels', 'list', '--all'], {
      limit: 2,
      types: 'public_channel,private_channel',
      exclude_archived: true,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([general, random, secret]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.path).toBe('/conversations.list');
    expect(Object.fromEntries(first!.query)).toEqual({
      limit: '2',
      types: 'public_channel,private_channel',
      exclude_archived: 'true',
    });
    expect(second!.path).toBe('/conversations.list');
    expect(Object.fromEntries(second!.query)).toEqual({
      limit: '2',
      types: 'public_channel,private_channel',
      exclude_archived: 'true',
      cursor: 'Y2hhbm5lbDpDMDM=',
    });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('pages channel history (conversations.history) with a required channel and time range', async () => {
    const m1 = { type: 'message', ts: '1700000003.000100', user: 'U01', text: 'third' };
    const m2 = { type: 'message', ts: '1700000002.000100', user: 'U02', text: 'second' };
    const m3 = { type: 'message', ts: '1700000001.000100', user: 'U01', text: 'first' };
    const srv = await serve((req) =>
      req.query.has('cursor')
        ? { body: { ok: true, messages: [m3], has_more: false, response_metadata: { next_cursor: '' } } }
        : { body: { ok: true, messages: [m1, m2], has_more: true, response_metadata: { next_cursor: 'bmV4dA==' } } },
    );
    const res = await exec(['channel_messages', 'list', '--all'], {
      channel: 'C01',
      limit: 2,
      oldest: '1700000000',
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([m1, m2, m3]));
    expect(srv.requests.map((r) => r.path)).toEqual(['/conversations.history', '/conversations.history']);
    expect(srv.requests[0]!.query.get('channel')).toBe('C01');
    expect(srv.requests[0]!.query.get('oldest')).toBe('1700000000');
    expect(srv.requests[0]!.query.has('cursor')).toBe(false);
    expect(srv.requests[1]!.query.get('channel')).toBe('C01');
    expect(srv.requests[1]!.query.get('cursor')).toBe('bmV4dA==');
  });

  it('gets a user: GET /users.info?user=…, record from user', async () => {
    const srv = await serve(() => ({ body: { ok: true, user: alice } }));
    const res = await exec(['users', 'get'], { user: 'U01' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(alice));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/users.info');
    expect(Object.fromEntries(req.query)).toEqual({ user: 'U01' });
  });

  it('posts a message as JSON (chat.postMessage) and returns the message', async () => {
    const message = { type: 'message', ts: '1700000100.000200', user: 'U0BOT', text: 'Hello team!', thread_ts: '1700000000.000100' };
    const srv = await serve(() => ({ body: { ok: true, channel: 'C01', ts: message.ts, message } }));
    const res = await exec(['messages', 'create'], {
      channel: 'C01',
      text: 'Hello team!',
      thread_ts: '1700000000.000100',
      reply_broadcast: true,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(message));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/chat.postMessage');
    expect(req.headers['content-type']).toContain('application/json');
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.json).toEqual({
      channel: 'C01',
      text: 'Hello team!',
      thread_ts: '1700000000.000100',
      reply_broadcast: true,
    });
    expect([...req.query]).toEqual([]);
  });

  it('sends an ephemeral message with nested Block Kit blocks in the JSON body', async () => {
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: '*Reminder*: standup in 5' } },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'OK' }, action_id: 'ack' }] },
    ];
    const srv = await serve(() => ({ body: { ok: true, message_ts: '1700000200.000300' } }));
    const res = await exec(['ephemeral_messages', 'create'], {
      channel: 'C01',
      user: 'U02',
      text: 'Reminder: standup in 5',
      blocks,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ ok: true, message_ts: '1700000200.000300' }));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/chat.postEphemeral');
    expect(req.json).toEqual({ channel: 'C01', user: 'U02', text: 'Reminder: standup in 5', blocks });
  });

  it('schedules a message with an integer post_at', async () => {
    const srv = await serve(() => ({
      body: { ok: true, channel: 'C01', scheduled_message_id: 'Q123', post_at: 1800000000 },
    }));
    const res = await exec(['scheduled_messages', 'create'], { channel: 'C01', text: 'later', post_at: 1800000000 });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ ok: true, channel: 'C01', scheduled_message_id: 'Q123', post_at: 1800000000 }));
    expect(srv.requests[0]!.path).toBe('/chat.scheduleMessage');
    expect(srv.requests[0]!.json).toEqual({ channel: 'C01', text: 'later', post_at: 1800000000 });
  });

  it('renames a channel (conversations.rename) and returns the channel', async () => {
    const channel = { id: 'C01', name: 'project-updates', is_private: false };
    const srv = await serve(() => ({ body: { ok: true, channel } }));
    const res = await exec(['channels', 'update'], { channel: 'C01', name: 'project-updates' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(channel));
    expect(srv.requests[0]!.method).toBe('POST');
    expect(srv.requests[0]!.path).toBe('/conversations.rename');
    expect(srv.requests[0]!.json).toEqual({ channel: 'C01', name: 'project-updates' });
  });

  it('deletes a message only with --yes (destructive), POST /chat.delete with a JSON body', async () => {
    const srv = await serve(() => ({ body: { ok: true, channel: 'C01', ts: '1700000100.000200' } }));
    const refused = await exec(['messages', 'delete'], { channel: 'C01', ts: '1700000100.000200' });
    expect(refused.code).toBe(4);
    expect(refused.stdout).toBe('');
    expect(srv.requests).toHaveLength(0);

    const res = await exec(['messages', 'delete', '--yes'], { channel: 'C01', ts: '1700000100.000200' });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ ok: true, channel: 'C01', ts: '1700000100.000200' }));
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.method).toBe('POST');
    expect(srv.requests[0]!.path).toBe('/chat.delete');
    expect(srv.requests[0]!.json).toEqual({ channel: 'C01', ts: '1700000100.000200' });
  });

  it('treats ok:false with HTTP 200 as an API error: exit 1, Slack error on stderr, nothing on stdout', async () => {
    const srv = await serve(() => ({ status: 200, body: { ok: false, error: 'is_archived' } }));
    const res = await exec(['messages', 'create'], { channel: 'C09', text: 'anyone here?' });

    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { error } = JSON.parse(lines[0]!) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'api', message: 'Slack API error: is_archived', status_code: 200, retryable: false });
    expect(Object.keys(error)).toEqual(['type', 'message', 'status_code', 'retryable', 'hint']);
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.path).toBe('/chat.postMessage');
  });

  it('maps a Slack *_not_found error code (HTTP 200) to exit 3', async () => {
    const srv = await serve(() => ({ body: { ok: false, error: 'channel_not_found' } }));
    const res = await exec(['channels', 'get'], { channel: 'C404' });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'not_found', message: 'Slack API error: channel_not_found', status_code: 200 });
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.path).toBe('/conversations.info');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ channel: 'C404' });
  });

  it('stops --all on an ok:false page with exit 1, keeping the records already printed', async () => {
    const srv = await serve((req) =>
      req.query.has('cursor')
        ? { body: { ok: false, error: 'fatal_error' } }
        : { body: { ok: true, members: [alice], response_metadata: { next_cursor: 'cGFnZTI=' } } },
    );
    const res = await exec(['users', 'list', '--all']);

    expect(res.code).toBe(1);
    expect(res.stdout).toBe(ndjson([alice]));
    expect(JSON.parse(res.stderr.trim()).error.message).toBe('Slack API error: fatal_error');
    expect(srv.requests).toHaveLength(2);
    expect(srv.requests[1]!.query.get('cursor')).toBe('cGFnZTI=');
  });

  it('authenticates with the OAuth access token when only SLACK_ACCESS_TOKEN is set', async () => {
    const srv = await serve(() => ({ body: { ok: true, user: bob } }));
    const res = await exec(['users', 'get'], { user: 'U02' }, { SLACK_ACCESS_TOKEN: 'xoxb-oauth-token' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(bob));
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer xoxb-oauth-token');
  });

  it('rejects a call missing a required param with exit 4 before any request', async () => {
    const srv = await serve(() => ({ body: { ok: true } }));
    const res = await exec(['reactions', 'create'], { channel: 'C01', timestamp: '1700000000.000100' });

    expect(res.code).toBe(4);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('name');
    expect(srv.requests).toHaveLength(0);
  });
});
