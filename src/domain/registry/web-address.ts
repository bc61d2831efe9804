// 单位网址 (F6 item 1; ADR 0017): the one rule for a website the registry may link to, shared by the request contract
// (what an organisation may save) and the pages (what they turn into a link). Plain code without zod, so the public
// pages can import it and stay small. A link on a government page must not run script (javascript:), must not hide
// its real host behind credentials (https://bank.cn@evil.cn) and must name a real host (one with a dot).

/** A full http(s) address with a dotted host and no user name or password. */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * A website as a safe address to link to, or undefined (then it is shown as text only). Lists from before the system
 * often give a bare host (www.example.cn): it is linked as http://, under the same rule as a full address.
 */
export function websiteHref(website: string): string | undefined {
  const trimmed = website.trim();
  if (isWebAddress(trimmed)) return trimmed;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(trimmed)) return undefined;
  const withScheme = `http://${trimmed}`;
  return isWebAddress(withScheme) ? withScheme : undefined;
}
