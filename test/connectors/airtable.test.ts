import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'patAbCdEfGhIjKlMn.0123456789abcdef0123456789abcdef';
const env = { AIRTABLE_ACCESS_TOKEN: TOKEN };

const { serve, exec } = vendorTest('airtable', env);

const record = (n: number) => ({ id: `rec0000000000000${n}`, createdTime: `2026-01-0${n}T10:00:00.000Z`, fields: { Name: `Row ${n}`, Status: 'Done' } });
const OFFSET = 'itrXyZ/rec00000000000002';

describe('airtable connector', () => {
  it('lists records with --all, echoing the offset token, with the token as Bearer', async () => {
    const s = await serve((req) =>
      req.query.get('offset') === OFFSET ? { body: { records: [record(3)] } } : { body: { records: [record(1), record(2)], offset: OFFSET } },
    );

    const res = await exec(['records', 'list', '--all'], {
      base_id: 'appABC',
      table_id_or_name: 'Tasks list',
      pageSize: 2,
      filterByFormula: '{Status} = "Done"',
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([record(1), record(2), record(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    for (const req of [first, second]) {
      expect([req.method, req.path, req.body]).toEqual(['GET', '/appABC/Tasks%20list', '']);
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    expect(Object.fromEntries(first.query)).toEqual({ pageSize: '2', filterByFormula: '{Status} = "Done"' });
    expect(Object.fromEntries(second.query)).toEqual({ pageSize: '2', filterByFormula: '{Status} = "Done"', offset: OFFSET });
  });

  it('lists bases from the metadata API and the tables of a base in one response', async () => {
    const bases = [{ id: 'appABC', name: 'Ops', permissionLevel: 'create' }];
    const tables = [{ id: 'tbl1', name: 'Tasks', primaryFieldId: 'fld1', fields: [{ id: 'fld1', name: 'Name', type: 'singleLineText' }], views: [] }];
    const s = await serve((req) => ({ body: req.path === '/meta/bases' ? { bases } : { tables } }));

    const listBases = await exec(['bases', 'list']);
    const listTables = await exec(['tables', 'list'], { base_id: 'appABC' });

    expect(listBases.code).toBe(0);
    expect(listBases.stdout).toBe(pretty(bases));
    expect(listTables.code).toBe(0);
    expect(listTables.stdout).toBe(pretty(tables));
    const [b, t] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect([b.method, b.path, [...b.query.keys()]]).toEqual(['GET', '/meta/bases', []]);
    expect([t.method, t.path, [...t.query.keys()]]).toEqual(['GET', '/meta/bases/appABC/tables', []]);
  });

  it('gets one record by id', async () => {
    const s = await serve(() => ({ body: record(5) }));

    const res = await exec(['records', 'get'], { base_id: 'appABC', table_id_or_name: 'tblTasks', record_id: 'rec00000000000005' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(record(5)));
    const req = s.requests[0]!;
    expect([req.method, req.path]).toEqual(['GET', '/appABC/tblTasks/rec00000000000005']);
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('has no write actions: create is an unknown action (exit 4)', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['records', 'create'], { base_id: 'appABC', table_id_or_name: 'tblTasks' });

    expect(res.code).toBe(4);
    expect(res.stderr).toContain('Unknown action');
    expect(s.requests).toHaveLength(0);
  });
});
