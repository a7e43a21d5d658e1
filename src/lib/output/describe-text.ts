import type { describeAction, describeConnector, ParamInfo } from '../describe.js';

type ConnectorInfo = ReturnType<typeof describeConnector>;
type ActionInfo = ReturnType<typeof describeAction>;

function pad(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

export function connectorText(c: ConnectorInfo): string {
  const lines = [`${c.title} (${c.name})`, `Server: ${c.server}`];
  if (c.docs_url) lines.push(`Docs: ${c.docs_url}`);
  const config = Object.entries(c.config);
  if (config.length) {
    lines.push('', 'Settings:');
    lines.push(...pad(config.map(([n, f]) => [`  ${n}`, f.env, f.required ? 'required' : 'optional'])));
  }
  lines.push('', 'Authentication (any one scheme):');
  for (const [name, scheme] of Object.entries(c.auth)) {
    lines.push(`  ${name}: ${scheme.title} (${scheme.type})`);
    lines.push(...pad(Object.entries(scheme.fields).map(([n, f]) => [`    ${n}`, f.env, f.required ? 'required' : 'optional', f.secret ? 'secret' : ''])));
  }
  lines.push('', 'Entities and actions:');
  const actionNames = (e: ConnectorInfo['entities'][string]) =>
    e.deprecated ? `(deprecated: use ${e.deprecated.use})` : Object.entries(e.actions).map(([a, info]) => (info.deprecated ? `${a} (deprecated: use ${info.deprecated.use})` : a)).join(', ');
  lines.push(...pad(Object.entries(c.entities).map(([n, e]) => [`  ${n}`, actionNames(e)])));
  lines.push('', `Run \`aac describe ${c.name} <entity> <action>\` for the parameters of one action.`);
  return `${lines.join('\n')}\n`;
}

/** The line that tells someone using an old name which one to use. */
function deprecatedLine(deprecated: { use: string } | undefined): string[] {
  return deprecated ? [`Deprecated: use "${deprecated.use}" instead; the old name will be removed.`] : [];
}

export function entityText(connector: string, entity: string, actions: Record<string, ActionInfo>, deprecated?: { use: string }): string {
  const lines = [`${connector} ${entity}`, ...deprecatedLine(deprecated), ''];
  lines.push(...pad(Object.entries(actions).map(([a, info]) => [`  ${a}`, info.kind, `${info.method} ${info.path}`, info.description ?? ''])));
  lines.push('', `Run \`aac describe ${connector} ${entity} <action>\` for its parameters.`);
  return `${lines.join('\n')}\n`;
}

function paramRow(p: ParamInfo): string[] {
  const flags = [p.required ? 'required' : 'optional', p.in];
  if (p.default !== undefined) flags.push(`default ${JSON.stringify(p.default)}`);
  return [`  ${p.name}`, p.type, flags.join(', '), p.description ?? ''];
}

export function actionText(connector: string, entity: string, action: string, info: ActionInfo): string {
  const lines = [`${connector} ${entity} ${action}: ${info.method} ${info.path} (${info.kind})`, ...deprecatedLine(info.deprecated)];
  if (info.description) lines.push(info.description);
  if (info.pagination) lines.push(`Pagination: ${info.pagination} (use --all to follow it)`);
  lines.push('', `Example: ${info.example}`);
  lines.push('', info.params.length ? 'Parameters:' : 'No parameters.');
  if (info.params.length) lines.push(...pad(info.params.map(paramRow)));
  const what = info.returns === 'records' ? 'a list of records' : 'one record';
  lines.push('', `Returns ${what}${info.fields ? `; main fields: ${info.fields.join(', ')}` : ''}.`);
  return `${lines.join('\n')}\n`;
}
