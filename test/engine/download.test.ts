import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { download, originMatches } from '../../src/lib/engine/download.js';
import { hostedExecutor } from '../../src/lib/hosted-executor.js';
import { AacError, connect } from '../../src/lib/index.js';
import type { PlatformClient } from '../../src/lib/platform/client.js';
import { testContext } from '../helpers/context.js';
import { BINARY, binaryReply } from '../helpers/vendor.js';
import { connectorWith, failure, ref, runOpts, TOKEN, useServers } from './fixtures.js';

const serve = useServers();

/** A two-step download whose file URL is at `url` in the record, allowed on `hosts`. */
const twoStep = (hosts: string[]) =>
  ref(connectorWith({ download: { route: 'GET /things/{id}', download: { accept: 'application/pdf', urlFrom: 'file.url', hosts } } }), 'download');

describe('origin patterns', () => {
  it.each([
    ['https://*.s3.amazonaws.com', 'https://bucket.s3.amazonaws.com/a', true],
    ['https://*.s3.amazonaws.com', 'https://a.b.s3.amazonaws.com/a', true],
    ['https://*.s3.amazonaws.com', 'https://s3.amazonaws.com/a', false],
    ['https://*.s3.amazonaws.com', 'https://evils3.amazonaws.com/a', false],
    ['https://*.s3.amazonaws.com', 'https://bucket.s3.amazonaws.com.evil.io/a', false],
    ['https://*.s3.amazonaws.com', 'http://bucket.s3.amazonaws.com/a', false],
    ['https://*.s3.amazonaws.com', 'https://bucket.s3.amazonaws.com:8443/a', false],
    ['https://s3.amazonaws.com', 'https://s3.amazonaws.com/a', true],
    ['http://localhost:8080', 'http://localhost:8080/a', true],
    ['http://localhost:8080', 'http://localhost:8081/a', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(originMatches(pattern, new URL(url))).toBe(expected);
  });
});

describe('two-step downloads', () => {
  it('send the credentials to the API origin only: an allowed file host gets the Accept and nothing else', async () => {
    const files = await serve(() => binaryReply('application/pdf'));
    const fileHost = `http://localhost:${new URL(files.url).port}`;
    const api = await serve(() => ({ body: { file: { url: `${fileHost}/f/1.pdf?sig=abc` } } }));

    const file = await download(twoStep([fileHost]), { id: '1' }, runOpts(api.url));
    const bytes = Buffer.concat(await file.stream.toArray());

    expect(bytes.equals(BINARY)).toBe(true);
    expect(file).toMatchObject({ contentType: 'application/pdf', bytes: BINARY.length });
    expect(api.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(files.requests).toHaveLength(1);
    expect(files.requests[0]!.headers.authorization).toBeUndefined();
    expect(files.requests[0]!.headers.accept).toBe('application/pdf');
    expect(files.requests[0]!.query.get('sig')).toBe('abc');
  });

  it('drop the credentials when the API origin redirects the file to an allowed host', async () => {
    const files = await serve(() => binaryReply());
    const fileHost = `http://localhost:${new URL(files.url).port}`;
    let self = '';
    const api = await serve((req) => (req.path === '/things/1' ? { body: { file: { url: `${self}/raw/1` } } } : { status: 302, headers: { location: `${fileHost}/cdn/1` } }));
    self = api.url;

    const file = await download(twoStep([fileHost]), { id: '1' }, runOpts(api.url));
    await file.stream.toArray();

    expect(api.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/things/1', `Bearer ${TOKEN}`],
      ['/raw/1', `Bearer ${TOKEN}`],
    ]);
    expect(files.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/cdn/1', undefined]]);
  });

  it('an error answer from the file host is mapped like any other (403 → authentication, exit 2)', async () => {
    const files = await serve(() => ({ status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code></Error>' }));
    const fileHost = `http://localhost:${new URL(files.url).port}`;
    const api = await serve(() => ({ body: { file: { url: `${fileHost}/f` } } }));

    const err = await failure(download(twoStep([fileHost]), { id: '1' }, runOpts(api.url)));
    expect(err).toMatchObject({ type: 'authentication', exitCode: 2, statusCode: 403 });
  });
});

describe('downloads elsewhere', () => {
  it('the library returns a readable stream of the bytes', async () => {
    const api = await serve(() => ({ headers: { 'content-type': 'text/plain' }, body: 'Hello from a Doc\n' }));
    const drive = await connect('google-drive', { credentials: { access_token: 'ya29.lib' }, env: {}, baseUrl: api.url });

    const file = await drive.download('files_export', 'download', { fileId: 'd1', mimeType: 'text/plain' });

    expect(await text(file.stream)).toBe('Hello from a Doc\n');
    expect(file.contentType).toBe('text/plain');
    expect(api.requests[0]!.headers.accept).toBe('text/plain');
  });

  it('a hosted connector cannot stream a file: a usage error suggesting --mode local', async () => {
    const drive = await connect('google-drive', { credentials: { access_token: 'x' }, env: {} });
    const executor = hostedExecutor(testContext({}), {} as PlatformClient, { connector: drive.definition, id: 'c1', name: 'team-drive' }, {});

    const err = await executor.download(ref(drive.definition, 'download', 'files'), { fileId: 'f' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(AacError);
    expect(err).toMatchObject({ type: 'usage', exitCode: 4 });
    expect((err as AacError).message).toBe(
      'The platform cannot stream files: its execute answers with JSON, so google-drive files download cannot run on the hosted connector "team-drive".',
    );
    expect((err as AacError).hint).toContain('--mode local');
  });
});
