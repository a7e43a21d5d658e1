import { z } from 'zod';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';
import { toolDefinitions, type ToolOptions } from './tools.js';

/** A tool for any agent framework: what the MCP server serves, as plain data and a function. */
export interface AgentTool {
  name: string;
  description: string;
  /** JSON Schema (draft 2020-12) of the arguments. */
  inputSchema: Record<string, unknown>;
  /** Validates the arguments and runs the tool; fails with an AacError (type, message, hint, details). */
  handler(args: unknown): Promise<Record<string, unknown>>;
}

export function agentTools(ctx: Context, opts: ToolOptions = {}): AgentTool[] {
  return toolDefinitions(ctx, opts).map((def) => ({
    name: def.name,
    description: def.description,
    inputSchema: z.toJSONSchema(def.input, { io: 'input' }) as Record<string, unknown>,
    async handler(args) {
      const parsed = def.input.safeParse(args ?? {});
      if (!parsed.success) {
        const details = parsed.error.issues.map((i) => ({ argument: i.path.join('.') || '(arguments)', message: i.message }));
        throw new AacError('validation', `Invalid arguments for ${def.name}: ${details.map((d) => `${d.argument}: ${d.message}`).join('; ')}.`, { details });
      }
      return def.run(parsed.data);
    },
  }));
}
