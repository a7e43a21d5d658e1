import { AacError } from './errors.js';

/** A `--base-url` as aac takes it: http or https, without credentials, query or fragment; trailing slashes dropped. */
export function checkBaseUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new AacError('usage', `--base-url must be an http or https URL without credentials, query or fragment, e.g. https://github.example.com/api/v3.`);
  }
  return value.replace(/\/+$/, '');
}
