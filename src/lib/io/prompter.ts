export interface Choice<T extends string> {
  value: T;
  name?: string;
  description?: string;
}

/** Every question aac asks; injected through the context so flows can be driven without a terminal. */
export interface Prompter {
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, defaultValue?: string): Promise<string>;
  password(message: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

const required = (v: string) => v.trim().length > 0 || 'required';

/** Prompts on `output()` (stderr, opened when the first question is asked) with @inquirer/prompts. */
export function terminalPrompter(output: () => NodeJS.WritableStream): Prompter {
  const context = () => ({ output: output() });
  const prompts = () => import('@inquirer/prompts');
  return {
    select: async (message, choices, defaultValue) => (await prompts()).select({ message, choices, default: defaultValue }, context()),
    input: async (message, defaultValue) => (await prompts()).input({ message, default: defaultValue, validate: required }, context()),
    password: async (message) => (await prompts()).password({ message, mask: '*', validate: required }, context()),
    confirm: async (message, defaultValue) => (await prompts()).confirm({ message, default: defaultValue }, context()),
  };
}
