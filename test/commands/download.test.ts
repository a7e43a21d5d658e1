import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir, type CliOptions } from '../helpers/cli.js';
import { startServer, type Handler, type TestServer } from '../helpers/server.js';
import { BINARY, binaryReply, pretty } from '../helpers/vendor.js';

/** Salesforce's content version download is one step; Zendesk's attachment download is two (metadata, then content_url). */
const SF_ENV = { SALESFORCE_CLIENT_ID: 'cid', SALESFORCE_CLIENT_SECRET: 'csecret', SALESFORCE_REFRESH_TOKEN: 'rtok', SALESFORCE_ACCESS_TOKEN: '00Dsession!token' };
const ZD_ENV = { ZENDESK_EMAIL: 'agent@acme.com', ZENDESK_API_TOKEN: 'zd-secret-token' };
const ZD_BASIC = `Basic ${Buffer.from('agent@acme.com/token:zd-secret-token').toString('base64')}`;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const sfDownload = (url: string, extra: string[] = [], opts: CliOptions = {}) =>
  runCli(['exec', 'salesforce', 'content_versions', 'download', '-p', 'id=068X', '--base-url', url, ...extra], { env: SF_ENV, ...opts });
const zdDownload = (url: string, extra: string[] = [], opts: CliOptions = {}) =>
  runCli(['exec', 'zendesk-support', 'attachments', 'download', '-p', 'attachment_id=5', '--base-url', url, ...extra], { env: ZD_ENV, ...opts });

/** A Zendesk whose attachment record points at `contentUrl` (default: its own /files/a.bin). */
function zendesk(contentUrl?: (url: string) => string): Promise<TestServer> {
  let self = '';
  const server = serve((req) =>
    req.path === '/attachments/5.json'
      ? { body: { attachment: { id: 5, file_name: 'a.bin', content_url: contentUrl ? contentUrl(self) : `${self}/files/a.bin` } } }
      : binaryReply(),
  );
  return server.then((s) => ((self = s.url), s));
}

describe('downloads to -O', () => {
  it('saves the bytes exactly under the path, through a temp file renamed at the end, and prints {path, bytes, content_type}', async () => {
    const dir = tempConfigDir();
    const srv = await serve(() => binaryReply('application/pdf'));
    const res = await sfDownload(srv.url, ['-O', 'v.pdf'], { cwd: dir });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(readFileSync(join(dir, 'v.pdf')).equals(BINARY)).toBe(true);
    expect(readdirSync(dir)).toEqual(['v.pdf']);
    expect(res.stdout).toBe(pretty({ path: join(dir, 'v.pdf'), bytes: BINARY.length, content_type: 'application/pdf' }));
  });

  it('--json prints the same summary; on a terminal the summary is a sentence', async () => {
    const dir = tempConfigDir();
    const srv = await serve(() => binaryReply('application/pdf'));
    const json = await sfDownload(srv.url, ['-O', join(dir, 'a.pdf'), '--json'], { ttyColumns: 80 });
    const human = await sfDownload(srv.url, ['--output-file', join(dir, 'b.pdf')], { ttyColumns: 80 });

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ path: join(dir, 'a.pdf'), bytes: 260, content_type: 'application/pdf' });
    expect(human.code).toBe(0);
    expect(human.stdout).toBe(`Saved 260 bytes (application/pdf) to ${join(dir, 'b.pdf')}\n`);
    expect(readFileSync(join(dir, 'b.pdf')).equals(BINARY)).toBe(true);
  });

  it('says size and type on stderr when it is a terminal', async () => {
    const dir = tempConfigDir();
    const srv = await serve(() => binaryReply('application/zip'));
    const res = await sfDownload(srv.url, ['-O', 'z.zip'], { cwd: dir, answers: [] });

    expect(res.code).toBe(0);
    expect(res.stderr).toContain('\nDownloading 260 bytes, application/zip to z.zip…\n');
  });

  it('a body cut short leaves no file under the name and no temp file, and an old file there stays as it was (exit 1)', async () => {
    const dir = tempConfigDir();
    writeFileSync(join(dir, 'v.bin'), 'previous');
    const srv = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '100000' });
      res.write(BINARY, () => res.destroy());
    });
    const res = await sfDownload(srv.url, ['-O', 'v.bin'], { cwd: dir });

    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(JSON.parse(res.stderr).error.type).toBe('network');
    expect(readdirSync(dir)).toEqual(['v.bin']);
    expect(readFileSync(join(dir, 'v.bin'), 'utf8')).toBe('previous');
  });

  it('Ctrl-C during the body removes the temp file and exits 130', async () => {
    const dir = tempConfigDir();
    const controller = new AbortController();
    const srv = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '100000' });
      res.write(BINARY, () => controller.abort());
    });
    const res = await sfDownload(srv.url, ['-O', 'v.bin'], { cwd: dir, signal: controller.signal });

    expect(res.code).toBe(130);
    expect(JSON.parse(res.stderr).error.type).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an error answer saves nothing and maps the status as usual (404 → exit 3)', async () => {
    const dir = tempConfigDir();
    const srv = await serve(() => ({ status: 404, body: { message: 'The requested resource does not exist' } }));
    const res = await sfDownload(srv.url, ['-O', 'v.bin'], { cwd: dir });

    expect(res.code).toBe(3);
    expect(JSON.parse(res.stderr).error.message).toBe('Salesforce API error (404): The requested resource does not exist');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a directory that does not exist is a usage error (exit 4)', async () => {
    const srv = await serve(() => binaryReply());
    const res = await sfDownload(srv.url, ['-O', '/nonexistent-aac-dir/v.bin']);

    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr).error.message).toBe('Cannot write /nonexistent-aac-dir/v.bin: ENOENT.');
  });

  it('--max-body caps a download (exit 1, nothing saved)', async () => {
    const dir = tempConfigDir();
    const srv = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(BINARY);
    });
    const capped = await sfDownload(srv.url, ['-O', 'v.bin', '--max-body', '100'], { cwd: dir });

    expect(capped.code).toBe(1);
    expect(JSON.parse(capped.stderr).error.type).toBe('bad_response');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('has no cap by default: a body over the 64 MiB cap of JSON answers is saved whole', async () => {
    const dir = tempConfigDir();
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const chunks = 65;
    const srv = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(chunk.length * chunks) });
      Readable.from(Array.from({ length: chunks }, () => chunk)).pipe(res);
    });
    const res = await sfDownload(srv.url, ['-O', 'big.bin'], { cwd: dir });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).bytes).toBe(chunk.length * chunks);
  });

  it('retries a 503 before the body starts', async () => {
    let calls = 0;
    const srv = await serve(() => (++calls === 1 ? { status: 503, body: { message: 'busy' } } : binaryReply()));
    const res = await sfDownload(srv.url);

    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    expect(srv.requests).toHaveLength(2);
  });
});

describe('downloads to stdout', () => {
  it('refuses binary on a terminal (exit 4) with a hint to use -O or a pipe, writing nothing', async () => {
    const srv = await serve(() => binaryReply('image/png'));
    const res = await sfDownload(srv.url, [], { ttyColumns: 80 });

    expect(res.code).toBe(4);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr) as { error: { message: string; hint: string } };
    expect(error.message).toBe('Not writing 260 bytes, image/png to the terminal: it is binary.');
    expect(error.hint).toBe('Save it with -O <file>, or pipe it: aac exec … > file.');
  });

  it('writes text to a terminal as is', async () => {
    const srv = await serve(() => ({ headers: { 'content-type': 'text/csv; charset=utf-8' }, body: 'a,b\n1,2\n' }));
    const res = await sfDownload(srv.url, [], { ttyColumns: 80 });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe('a,b\n1,2\n');
  });

  it('--json without -O is a usage error, and nothing is sent', async () => {
    const srv = await serve(() => binaryReply());
    const res = await sfDownload(srv.url, ['--json']);

    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr).error.message).toBe('--json prints a summary on stdout, so the file of content_versions download needs -O <path>.');
    expect(srv.requests).toHaveLength(0);
  });

  it('record flags do not apply to a download, and -O does not apply to other actions (exit 4, nothing sent)', async () => {
    const srv = await serve(() => binaryReply());
    const all = await sfDownload(srv.url, ['--all']);
    const fields = await sfDownload(srv.url, ['--fields', 'a', '--meta']);
    const notDownload = await runCli(['exec', 'salesforce', 'accounts', 'get', '-p', 'id=001', '-O', 'x', '--base-url', srv.url], { env: SF_ENV });

    expect([all.code, fields.code, notDownload.code]).toEqual([4, 4, 4]);
    expect(JSON.parse(all.stderr).error.message).toBe('content_versions download downloads a file: --all does not apply.');
    expect(JSON.parse(fields.stderr).error.message).toBe('content_versions download downloads a file: --meta, --fields do not apply.');
    expect(JSON.parse(notDownload.stderr).error.message).toBe('-O applies to download actions; accounts get is not one.');
    expect(srv.requests).toHaveLength(0);
  });

  it('--dry-run shows the Accept a download sends', async () => {
    const res = await runCli(['exec', 'google-drive', 'files_export', 'download', '-p', 'fileId=d1', '-p', 'mimeType=application/pdf', '--dry-run'], {
      env: { GOOGLE_DRIVE_ACCESS_TOKEN: 'ya29.x' },
    });

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ method: 'GET', headers: { accept: 'application/pdf' } });
  });
});

describe('two-step downloads', () => {
  it('fetch the file URL of the record on the API host, with the credentials', async () => {
    const srv = await zendesk();
    const res = await zdDownload(srv.url);

    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    expect(srv.requests.map((r) => [r.path, r.headers.accept, r.headers.authorization])).toEqual([
      ['/attachments/5.json', 'application/json', ZD_BASIC],
      ['/files/a.bin', '*/*', ZD_BASIC],
    ]);
  });

  it('refuse a file URL on another host: exit 1, and that host sees no request', async () => {
    const other = await serve(() => binaryReply());
    const port = new URL(other.url).port;
    for (const host of [other.url, `http://localhost:${port}`]) {
      const srv = await zendesk(() => `${host}/steal?token=1`);
      const res = await zdDownload(srv.url);

      expect(res.code).toBe(1);
      expect(res.stdout).toBe('');
      const { error } = JSON.parse(res.stderr) as { error: { message: string; hint: string } };
      expect(error.message).toBe(`The file URL ${new URL(host).origin}/steal is refused: ${new URL(host).origin} is not a host Zendesk Support serves its files from.`);
      expect(error.message).not.toContain('token=1');
    }
    expect(other.requests).toHaveLength(0);
  });

  it('refuse a redirect of the file to another host, without following it', async () => {
    const other = await serve(() => binaryReply());
    let self = '';
    const srv = await serve((req) =>
      req.path === '/attachments/5.json'
        ? { body: { attachment: { content_url: `${self}/files/a.bin` } } }
        : { status: 302, headers: { location: `${other.url}/file` } },
    );
    self = srv.url;
    const res = await zdDownload(srv.url);

    expect(res.code).toBe(1);
    expect(JSON.parse(res.stderr).error.message).toContain(`to ${other.url}/file; ${other.url} is not a host Zendesk Support serves its files from, so aac does not follow it.`);
    expect(other.requests).toHaveLength(0);
  });

  it('a record without a file URL is not found (exit 3), and nothing else is fetched', async () => {
    const srv = await serve(() => ({ body: { attachment: { id: 5, content_url: null } } }));
    const res = await zdDownload(srv.url);

    expect(res.code).toBe(3);
    expect(JSON.parse(res.stderr).error.message).toBe('Zendesk Support answered without a file URL at "attachment.content_url" (it is null).');
    expect(srv.requests).toHaveLength(1);
  });
});
