import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { parseMultipart } from '../helpers/multipart.js';
import { BINARY, binaryReply, ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const ACCESS = 'ya29.test-access-token';
/** OAuth2 variables plus a still-valid access token: no refresh (the Google token URL is absolute). */
const env = {
  GOOGLE_DRIVE_CLIENT_ID: 'client-id.apps.googleusercontent.com',
  GOOGLE_DRIVE_CLIENT_SECRET: 'client-secret',
  GOOGLE_DRIVE_REFRESH_TOKEN: '1//refresh-token',
  GOOGLE_DRIVE_ACCESS_TOKEN: ACCESS,
};

const { serve, exec } = vendorTest('google-drive', env);

const file = (n: number) => ({ kind: 'drive#file', id: `f${n}`, name: `Doc ${n}`, mimeType: 'application/vnd.google-apps.document' });

describe('google-drive connector', () => {
  it('lists changes without a pageToken (optional in the Airbyte definition) and with one', async () => {
    const srv = await serve(() => ({ body: { kind: 'drive#changeList', newStartPageToken: '42', changes: [] } }));

    const none = await exec(['changes', 'list']);
    const given = await exec(['changes', 'list'], { pageToken: '41' });

    expect([none.code, given.code]).toEqual([0, 0]);
    expect(srv.requests.map((r) => r.query.get('pageToken'))).toEqual([null, '41']);
    expect(srv.requests[0]!.path).toBe('/drive/v3/changes');
  });

  it('lists files with --all, following nextPageToken', async () => {
    const srv = await serve((req) =>
      req.query.get('pageToken') === 'p2'
        ? { body: { kind: 'drive#fileList', incompleteSearch: false, files: [file(3)] } }
        : { body: { kind: 'drive#fileList', nextPageToken: 'p2', incompleteSearch: false, files: [file(1), file(2)] } },
    );
    const res = await exec(['files', 'list', '--all'], { pageSize: 2, q: "trashed = false and name contains 'Doc'" });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([file(1), file(2), file(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/drive/v3/files');
    expect(Object.fromEntries(first!.query)).toEqual({ pageSize: '2', q: "trashed = false and name contains 'Doc'" });
    expect(Object.fromEntries(second!.query)).toEqual({ pageSize: '2', q: "trashed = false and name contains 'Doc'", pageToken: 'p2' });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('gets the metadata of a file', async () => {
    const srv = await serve(() => ({ body: file(7) }));
    const res = await exec(['files', 'get'], { fileId: 'f7', fields: 'id,name,mimeType', supportsAllDrives: true });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(file(7)));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/drive/v3/files/f7');
    expect(Object.fromEntries(req.query)).toEqual({ fields: 'id,name,mimeType', supportsAllDrives: 'true' });
  });

  it('creates a folder with a JSON body carrying the parents array', async () => {
    const created = { kind: 'drive#file', id: 'fold1', name: 'Reports', mimeType: 'application/vnd.google-apps.folder' };
    const srv = await serve(() => ({ body: created }));
    const res = await exec(['files', 'create'], {
      name: 'Reports',
      mimeType: 'application/vnd.google-apps.folder',
      parents: ['root1', 'root2'],
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/drive/v3/files');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toEqual({ name: 'Reports', mimeType: 'application/vnd.google-apps.folder', parents: ['root1', 'root2'] });
    expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('renames and moves a file: PATCH with the parents in the query and the name in the body', async () => {
    const srv = await serve(() => ({ body: { ...file(4), name: 'Renamed' } }));
    const res = await exec(['files', 'update'], { fileId: 'f4', name: 'Renamed', addParents: 'new1', removeParents: 'old1' });

    expect(res.code).toBe(0);
    const req = srv.requests[0]!;
    expect(req.method).toBe('PATCH');
    expect(req.path).toBe('/drive/v3/files/f4');
    expect(Object.fromEntries(req.query)).toEqual({ addParents: 'new1', removeParents: 'old1' });
    expect(req.json).toEqual({ name: 'Renamed' });
  });

  it('deletes a file only with --yes', async () => {
    const srv = await serve(() => ({ status: 204 }));
    const refused = await exec(['files', 'delete'], { fileId: 'f9' });
    expect(refused.code).toBe(4);
    expect(srv.requests).toHaveLength(0);

    const res = await exec(['files', 'delete', '--yes'], { fileId: 'f9', supportsAllDrives: true });
    expect(res.code).toBe(0);
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.method).toBe('DELETE');
    expect(srv.requests[0]!.path).toBe('/drive/v3/files/f9');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ supportsAllDrives: 'true' });
  });

  it('downloads the content of a file (alt=media), byte for byte, asking for any type', async () => {
    const srv = await serve(() => binaryReply('application/pdf'));
    const res = await exec(['files', 'download'], { fileId: 'f5' });

    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    const req = srv.requests[0]!;
    expect([req.path, Object.fromEntries(req.query), req.headers.accept]).toEqual(['/drive/v3/files/f5', { alt: 'media' }, '*/*']);
    expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('exports a Google Doc to plain text, asking for that type', async () => {
    const srv = await serve(() => ({ headers: { 'content-type': 'text/plain' }, body: 'Hello from a Doc\n' }));
    const res = await exec(['files_export', 'download'], { fileId: 'doc1', mimeType: 'text/plain' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe('Hello from a Doc\n');
    expect(srv.requests[0]!.path).toBe('/drive/v3/files/doc1/export');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ mimeType: 'text/plain' });
    expect(srv.requests[0]!.headers.accept).toBe('text/plain');
  });

  it('uploads a local file as multipart/related: the JSON metadata part, then the media part, streamed from disk', async () => {
    const dir = tempConfigDir();
    writeFileSync(join(dir, 'scan.pdf'), BINARY);
    const srv = await serve(() => ({ body: { kind: 'drive#file', id: 'up1', name: 'scan.pdf', mimeType: 'application/pdf' } }));
    const res = await runCli(
      ['exec', 'google-drive', 'files_upload', 'create', '--base-url', srv.url, '--params', JSON.stringify({ name: 'scan.pdf', file_content: '@scan.pdf', file_mime_type: 'application/pdf', parents: ['fold1'] })],
      { env, cwd: dir },
    );

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ kind: 'drive#file', id: 'up1', name: 'scan.pdf', mimeType: 'application/pdf' }));
    const req = srv.requests[0]!;
    expect([req.method, req.path, Object.fromEntries(req.query)]).toEqual(['POST', '/upload/drive/v3/files', { uploadType: 'multipart' }]);
    expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
    const { type, boundary, parts } = parseMultipart(req);
    expect(type).toBe('multipart/related');
    expect(boundary).toMatch(/^aac-[0-9a-f-]{36}$/);
    expect(Number(req.headers['content-length'])).toBe(req.raw.length);
    expect(parts.map((p) => p.headers)).toEqual([{ 'content-type': 'application/json; charset=UTF-8' }, { 'content-type': 'application/pdf' }]);
    expect(JSON.parse(parts[0]!.body.toString())).toEqual({ name: 'scan.pdf', parents: ['fold1'] });
    expect(parts[1]!.body.equals(BINARY)).toBe(true);
  });

  it('uploads stdin with file_content "-" (no length known: chunked), as application/octet-stream by default', async () => {
    const srv = await serve(() => ({ body: { kind: 'drive#file', id: 'up2', name: 'blob' } }));
    const res = await runCli(['exec', 'google-drive', 'files_upload', 'create', '--base-url', srv.url, '-p', 'name=blob', '-p', 'file_content=-'], { env, stdin: BINARY });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const req = srv.requests[0]!;
    expect(req.headers['transfer-encoding']).toBe('chunked');
    const { type, parts } = parseMultipart(req);
    expect(type).toBe('multipart/related');
    expect(JSON.parse(parts[0]!.body.toString())).toEqual({ name: 'blob' });
    expect(parts[1]!.headers['content-type']).toBe('application/octet-stream');
    expect(parts[1]!.body.equals(BINARY)).toBe(true);
  });

  it('uploads base64 content given inline, decoded', async () => {
    const srv = await serve(() => ({ body: { kind: 'drive#file', id: 'up3', name: 'b.bin' } }));
    const res = await exec(['files_upload', 'create'], { name: 'b.bin', file_content: BINARY.toString('base64') });

    expect(res.code).toBe(0);
    expect(parseMultipart(srv.requests[0]!).parts[1]!.body.equals(BINARY)).toBe(true);
  });

  it('refuses file_content that is neither @path, - nor base64 (exit 4), and a missing file (exit 4), sending nothing', async () => {
    const srv = await serve(() => ({ body: {} }));
    const text = await exec(['files_upload', 'create'], { name: 'n', file_content: 'plain words!' });
    const missing = await exec(['files_upload', 'create'], { name: 'n', file_content: '@/nonexistent/aac-file.bin' });

    expect([text.code, missing.code]).toEqual([4, 4]);
    expect(JSON.parse(text.stderr).error.message).toBe('"file_content" is neither @path, - nor base64 content.');
    expect(JSON.parse(missing.stderr).error.message).toBe('Cannot read the file of "file_content", /nonexistent/aac-file.bin: ENOENT.');
    expect(srv.requests).toHaveLength(0);
  });

  it('uses an access token alone (bearer scheme) when no OAuth client is set', async () => {
    const srv = await serve(() => ({ body: { kind: 'drive#about', user: { displayName: 'Ann' } } }));
    const res = await exec(['about', 'get'], undefined, { GOOGLE_DRIVE_ACCESS_TOKEN: 'ya29.only' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ kind: 'drive#about', user: { displayName: 'Ann' } }));
    expect(srv.requests[0]!.path).toBe('/drive/v3/about');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ fields: '*' });
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer ya29.only');
  });
});
