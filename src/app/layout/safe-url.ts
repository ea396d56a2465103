/** Links from the dataset are rendered only when they are http(s): never `javascript:` or `data:`. */

/** The URL normalised when it is http or https, otherwise undefined. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
