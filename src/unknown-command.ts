import type { Config } from '@oclif/core';
import { AacError } from './lib/errors.js';
import { closest } from './lib/suggest.js';

/**
 * An unknown command is invalid input (exit 4): the closest command ("did you mean"), the list of commands and a
 * pointer to `--help`.
 */
export function unknownCommand(words: string[], config: Config): AacError {
  const commands = config.commands.filter((c) => !c.hidden).map((c) => c.id.split(':'));
  const names = commands.map((c) => c.join(' ')).sort();
  let guess: string[] | undefined;
  let used = 1;
  // Longest command names first, so `connectors craete` is matched as a whole before `connectors`.
  for (const size of [...new Set(commands.map((c) => c.length))].sort((a, b) => b - a)) {
    if (size > words.length) continue;
    const hit = closest(words.slice(0, size).join(' '), names.filter((n) => n.split(' ').length === size));
    if (hit) {
      guess = hit.split(' ');
      used = size;
      break;
    }
  }
  if (!guess && words.length > 1 && config.findTopic(words[0]!)) used = 2;
  const typed = words.slice(0, used).join(' ');
  const suggestion = guess ? `Did you mean \`${config.bin} ${[...guess, ...words.slice(used)].join(' ')}\`? ` : '';
  return new AacError('usage', `Unknown command "${typed}".`, {
    hint: `${suggestion}Commands: ${names.join(', ')}. See \`${config.bin} --help\`.`,
  });
}
