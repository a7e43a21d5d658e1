import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Context } from '../context.js';
import { asAacError } from '../errors.js';
import { toolContext } from './context.js';
import { errorBody, toolDefinitions, type ToolDefinition, type ToolOptions } from './tools.js';

export interface ServerOptions extends ToolOptions {
  version: string;
}

/** A tool's answer: the object as structuredContent and as compact JSON text. */
export function toolResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

/** Any failure as a tool error carrying the CLI's error fields, so the agent can read and fix it. */
export function toolError(err: unknown): CallToolResult {
  return { ...toolResult({ error: errorBody(asAacError(err)) }), isError: true };
}

/** Runs one tool call; never throws, so a bad call never stops the server. */
export async function callTool(def: ToolDefinition, args: unknown): Promise<CallToolResult> {
  try {
    return toolResult(await def.run(args as never));
  } catch (err) {
    return toolError(err);
  }
}

/** The MCP server: the generic tools over the services, run with a context whose stdout is not the protocol's. */
export function createMcpServer(ctx: Context, opts: ServerOptions): McpServer {
  const server = new McpServer({ name: 'aac', version: opts.version }, { capabilities: { tools: {} } });
  for (const def of toolDefinitions(toolContext(ctx), opts)) {
    server.registerTool(def.name, { description: def.description, inputSchema: def.input, annotations: def.annotations }, (args: unknown) => callTool(def, args));
  }
  return server;
}
