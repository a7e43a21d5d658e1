import type { SkillContentBlock, SkillDocs } from '../platform/schemas.js';

function block(b: SkillContentBlock): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(b.level ?? 2, 1), 6))} ${b.text ?? ''}`;
    case 'list':
      return (b.items ?? []).map((i) => `- ${i}`).join('\n');
    case 'code':
      return `\`\`\`${b.language ?? ''}\n${b.code ?? ''}\n\`\`\``;
    case 'table':
      return [b.headers ?? [], ...(b.rows ?? [])].map((r) => `| ${r.join(' | ')} |`).join('\n');
    default:
      return b.text ?? '';
  }
}

/** A skill's docs as Markdown: its title and summary, the content blocks, then the sections one can ask for. */
export function renderSkillDocs(docs: SkillDocs): string {
  const parts = [`# ${docs.metadata.title}`];
  if (docs.metadata.summary) parts.push(docs.metadata.summary);
  parts.push(...(docs.content ?? []).map(block));
  if (docs.outline.length && !docs.section_id) {
    parts.push(`Sections (read one with --section <id>):\n${docs.outline.map((s) => `- ${s.id}: ${s.title}`).join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
