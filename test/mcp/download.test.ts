import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { expectSameText, mcpSessions } from '../helpers/mcp.js';
import { startServer, type Handler, type TestServer } from '../helpers/server.js';
import { BINARY, binaryReply } from '../helpers/vendor.js';

const SF_ENV = { SALESFORCE_CLIENT_ID: 'cid', SALESFORCE_CLIENT_SECRET: 'csecret', SALESFORCE_REFRESH_TOKEN: 'rtok', SALESFORCE_ACCESS_TOKEN: '00Dsession!token' };
const session = mcpSessions();

let vendor: TestServer | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

/** A Salesforce serving `handler`, saved as the local connector "sf", and a session whose server saves files in `downloads`. */
async function salesforceSession(handler: Handler, downloadDir?: string) {
  vendor = await startServer(handler);
  const dir = tempConfigDir();
  const created = await runCli(['connectors', 'create', 'salesforce', '--local', '--name', 'sf', '--base-url', vendor.url], { env: { AAC_CONFIG_DIR: dir, ...SF_ENV } });
  expect(created.code).toBe(0);
  vendor.requests.length = 0;
  return session({ AAC_CONFIG_DIR: dir, ...SF_ENV }, downloadDir === undefined ? {} : { downloadDir });
}

const download = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ connector_id: 'sf', entity: 'content_versions', action: 'download', params, ...extra });

describe('execute: download actions', () => {
  it('saves the file byte-exact under a name made from the ids and returns {path, bytes, content_type}', async () => {
    const downloads = join(tempConfigDir(), 'downloads');
    const { call } = await salesforceSession(() => binaryReply('application/pdf'), downloads);
    const r = await call('execute', download({ id: '068X' }));

    expectSameText(r);
    expect(r.isError).toBeFalsy();
    const path = join(downloads, 'salesforce-content_versions-068X.pdf');
    expect(r.structuredContent).toEqual({ path, bytes: BINARY.length, content_type: 'application/pdf' });
    expect(readFileSync(path).equals(BINARY)).toBe(true);
    expect(readdirSync(downloads)).toEqual(['salesforce-content_versions-068X.pdf']);
    expect(vendor!.requests.map((q) => [q.method, q.path, q.headers.accept])).toEqual([['GET', '/sobjects/ContentVersion/068X/VersionData', '*/*']]);
  });

  it('file_name names the file in the directory, replacing an older one of that name', async () => {
    const downloads = tempConfigDir();
    writeFileSync(join(downloads, 'contract.bin'), 'previous');
    const { call } = await salesforceSession(() => binaryReply(), downloads);
    const r = await call('execute', download({ id: '068X' }, { file_name: 'contract.bin' }));

    expect(r.structuredContent).toEqual({ path: join(downloads, 'contract.bin'), bytes: BINARY.length, content_type: 'application/octet-stream' });
    expect(readFileSync(join(downloads, 'contract.bin')).equals(BINARY)).toBe(true);
    expect(readdirSync(downloads)).toEqual(['contract.bin']);
  });

  it('without --download-dir a download is a tool error saying how to enable it, and nothing is sent', async () => {
    const { call, client } = await salesforceSession(() => binaryReply());
    const r = await call('execute', download({ id: '068X' }));

    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({
      error: { type: 'usage', message: 'Downloads are off on this server: it has no directory to save files in; nothing was sent.', hint: expect.stringContaining('aac mcp --download-dir <dir>') },
    });
    expect(vendor!.requests).toEqual([]);
    const { tools } = await client.listTools();
    expect(tools.find((t) => t.name === 'execute')!.description).toContain('Download actions are off: the server was started without --download-dir.');
  });

  it('a hostile file_name is refused before anything is sent, and nothing is written outside the directory', async () => {
    const root = tempConfigDir();
    const downloads = join(root, 'downloads');
    const { call } = await salesforceSession(() => binaryReply(), downloads);
    for (const name of ['../escape.bin', '/tmp/abs.bin', 'sub/dir.bin', 'sub\\dir.bin', '..', '.hidden', '', 'c:evil']) {
      const r = await call('execute', download({ id: '068X' }, { file_name: name }));
      expect(r.isError, name).toBe(true);
      expect(r.structuredContent, name).toMatchObject({ error: { type: 'validation', message: expect.stringMatching(/^file_name ".*" /), details: [{ argument: 'file_name' }] } });
    }
    expect(vendor!.requests).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('an id is made safe in the derived name; an id that is a path is refused (nothing sent)', async () => {
    const downloads = tempConfigDir();
    const { call } = await salesforceSession(() => binaryReply('application/octet-stream'), downloads);
    const r = await call('execute', download({ id: '.a b:c*' }));

    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ path: join(downloads, 'salesforce-content_versions-.a_b_c_.bin') });
    expect(readdirSync(downloads)).toEqual(['salesforce-content_versions-.a_b_c_.bin']);
    vendor!.requests.length = 0;
    const dots = await call('execute', download({ id: '..' }));
    expect(dots.structuredContent).toMatchObject({ error: { type: 'validation' } });
    expect(vendor!.requests).toEqual([]);
  });

  it('record arguments do not apply to a download, and file_name does not apply to other actions', async () => {
    const downloads = tempConfigDir();
    const { call } = await salesforceSession(() => binaryReply(), downloads);
    const fields = await call('execute', download({ id: '068X' }, { fields: ['id'], max_items: 3 }));
    expect(fields.structuredContent).toMatchObject({ error: { type: 'usage', message: 'content_versions download downloads a file: fields, max_items do not apply.' } });
    const named = await call('execute', { connector_id: 'sf', entity: 'content_versions', action: 'get', params: { id: '068X' }, file_name: 'x.json' });
    expect(named.structuredContent).toMatchObject({ error: { type: 'usage', message: 'file_name applies to download actions; content_versions get is not one.' } });
    expect(vendor!.requests).toEqual([]);
    expect(readdirSync(downloads)).toEqual([]);
  });
});
