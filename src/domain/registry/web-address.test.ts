import { describe, expect, it } from 'vitest';
import { isWebAddress, websiteHref } from './web-address';

describe('a website the registry may link to', () => {
  it.each<[string, boolean, string | undefined]>([
    ['https://www.example.cn', true, 'https://www.example.cn'],
    ['http://www.example.cn/service?a=1', true, 'http://www.example.cn/service?a=1'],
    ['HTTPS://WWW.EXAMPLE.CN', true, 'HTTPS://WWW.EXAMPLE.CN'],
    ['https://平台.中国', true, 'https://平台.中国'],
    // A bare host from an earlier list: not saved as is, but linked as http://.
    ['www.example.cn', false, 'http://www.example.cn'],
    ['example.cn/path', false, 'http://example.cn/path'],
    [' https://www.example.cn ', false, 'https://www.example.cn'],
    ['https://localhost', false, undefined],
    ['https://user:pw@example.cn', false, undefined],
    ['https://bank.cn@evil.cn', false, undefined],
    ['javascript:alert(1)', false, undefined],
    ['ftp://files.example.cn', false, undefined],
    ['data:text/html,<script>', false, undefined],
    ['https://www.exa mple.cn', false, undefined],
    ['localhost', false, undefined],
    ['', false, undefined],
  ])('%j: may be saved %j, linked as %j', (text, isSaved, href) => {
    expect(isWebAddress(text)).toBe(isSaved);
    expect(websiteHref(text)).toBe(href);
  });
});
