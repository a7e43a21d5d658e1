import { connectorNames, isConnectorName, loadConnector } from '../connectors/index.js';
import type { Context } from './context.js';

/** What completion needs to know of a command: its id (`connectors:create`) and its flags. */
export interface CommandShape {
  id: string;
  /** Flag name → whether it takes a value. */
  flags: Record<string, boolean>;
}

type ArgKind = 'connector' | 'type' | 'saved' | 'entity' | 'action';

/** What each positional arg of a command completes to; the rest complete to nothing. */
const ARG_KINDS: Record<string, ArgKind[]> = {
  exec: ['connector', 'entity', 'action'],
  describe: ['type', 'entity', 'action'],
  setup: ['type'],
  'connectors:create': ['type'],
  'connectors:get': ['saved'],
  'connectors:check': ['saved'],
  'connectors:delete': ['saved'],
  'connectors:inspect': ['saved'],
};

function savedNames(ctx: Context): string[] {
  try {
    return Object.keys(ctx.existingStore()?.connectors() ?? {});
  } catch {
    return [];
  }
}

async function typeOf(ctx: Context, name: string): Promise<string | undefined> {
  if (isConnectorName(name)) return name;
  try {
    return ctx.existingStore()?.connector(name)?.type;
  } catch {
    return undefined;
  }
}

async function argCandidates(ctx: Context, kind: ArgKind, before: string[]): Promise<string[]> {
  if (kind === 'type') return [...connectorNames];
  if (kind === 'saved') return savedNames(ctx);
  if (kind === 'connector') return [...new Set([...connectorNames, ...savedNames(ctx)])];
  const type = await typeOf(ctx, before[0] ?? '');
  if (!type) return [];
  const connector = await loadConnector(type);
  if (kind === 'entity') return Object.keys(connector.entities);
  return Object.keys(connector.entities[before[1] ?? '']?.actions ?? {});
}

/**
 * The completions of the last word of `words` (the words after `aac`, the last one being typed): command and topic
 * names, flags, and for exec and describe the connector, entity and action names of the definitions.
 */
export async function complete(ctx: Context, commands: CommandShape[], words: string[]): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const typed = words.slice(0, -1);
  let found: CommandShape | undefined;
  let used = 0;
  for (let n = typed.length; n > 0 && !found; n--) {
    found = commands.find((c) => c.id === typed.slice(0, n).join(':'));
    if (found) used = n;
  }
  let candidates: string[];
  if (!found) {
    const prefix = typed.length ? `${typed.join(':')}:` : '';
    candidates = [...new Set(commands.filter((c) => c.id.startsWith(prefix)).map((c) => c.id.slice(prefix.length).split(':')[0]!))];
  } else if (current.startsWith('-')) {
    candidates = Object.keys(found.flags).map((f) => `--${f}`);
  } else {
    const positional: string[] = [];
    const rest = typed.slice(used);
    for (let i = 0; i < rest.length; i++) {
      const word = rest[i]!;
      if (!word.startsWith('-')) positional.push(word);
      else if (!word.includes('=') && found.flags[word.replace(/^-+/, '')]) i++;
    }
    const kind = ARG_KINDS[found.id]?.[positional.length];
    candidates = kind ? await argCandidates(ctx, kind, positional) : [];
  }
  return candidates.filter((c) => c.startsWith(current)).sort();
}

/** The shell glue: each shell asks `aac __complete <words…>` for the candidates of the word being typed. */
export function completionScript(shell: 'bash' | 'zsh' | 'fish', bin: string): string {
  if (shell === 'bash') {
    return `_${bin}_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(${bin} __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _${bin}_complete ${bin}
`;
  }
  if (shell === 'zsh') {
    return `#compdef ${bin}
_${bin}() {
  local -a candidates
  candidates=("\${(@f)$(${bin} __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _${bin} ${bin}
`;
  }
  return `complete -c ${bin} -f -a '(${bin} __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;
}
