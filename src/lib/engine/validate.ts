import type { z } from 'zod';
import { AacError } from '../errors.js';
import { closest } from '../suggest.js';
import type { ActionDef } from './types.js';

export interface FieldProblem {
  param: string;
  message: string;
}

/** Validates raw params against the action's zod schema; unknown names are errors too (with a suggestion). */
export function validateParams(action: ActionDef, raw: Record<string, unknown>, describeCmd: string): Record<string, unknown> {
  const schema = action.params;
  const known = schema ? Object.keys(schema.shape) : [];
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(raw)) {
    if (!known.includes(name)) {
      const guess = closest(name, known);
      problems.push({ param: name, message: `unknown parameter${guess ? ` (did you mean "${guess}"?)` : ''}` });
    }
  }
  let parsed: Record<string, unknown> = {};
  if (schema) {
    const result = (schema as z.ZodObject).safeParse(raw);
    if (result.success) parsed = result.data as Record<string, unknown>;
    else for (const issue of result.error.issues) problems.push({ param: issue.path.join('.') || '(params)', message: issue.message });
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.param}: ${p.message}`).join('; ');
    throw new AacError('validation', `Invalid parameters: ${list}.`, {
      hint: `See \`${describeCmd}\` for the parameters.`,
      details: problems,
    });
  }
  return parsed;
}
