import { Flags, type Interfaces } from '@oclif/core';
import type { FlagSpec, FlagSpecs, FlagValue } from './specs.js';

export type OclifFlag<S extends FlagSpec> = S extends { kind: 'boolean' } ? Interfaces.BooleanFlag<boolean> : Interfaces.OptionFlag<FlagValue<S>>;

/** One flag spec as an oclif flag. */
export function oclifFlag<const S extends FlagSpec>(spec: S): OclifFlag<S> {
  const common = {
    description: spec.description,
    char: spec.char as Interfaces.AlphabetLowercase | undefined,
    helpGroup: spec.helpGroup,
    exclusive: spec.exclusive ? [...spec.exclusive] : undefined,
  };
  const flag =
    spec.kind === 'boolean'
      ? Flags.boolean(common)
      : spec.kind === 'integer'
        ? Flags.integer({ ...common, min: spec.min, default: spec.default })
        : Flags.string({ ...common, multiple: spec.multiple as false | undefined, options: spec.options ? [...spec.options] : undefined });
  return flag as unknown as OclifFlag<S>;
}

/** A table of flag specs as oclif flags. */
export function oclifFlags<const T extends FlagSpecs>(specs: T): { [K in keyof T]: OclifFlag<T[K]> } {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, oclifFlag(spec)])) as { [K in keyof T]: OclifFlag<T[K]> };
}
