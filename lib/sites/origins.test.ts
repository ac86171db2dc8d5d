import { describe, expect, it } from 'vitest';
import { isUrlEnabled, matchPatternFor, originOf, originsToEnable, withOrigin } from './origins';

describe('sites', () => {
  it('takes the origin of http(s) pages only', () => {
    expect(originOf('https://apps.availity.com/claims/status?x=1')).toBe('https://apps.availity.com');
    expect(originOf('http://localhost:5173/demo/')).toBe('http://localhost:5173');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('file:///tmp/a.html')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  it('builds a port-less host pattern', () => {
    expect(matchPatternFor('http://localhost:5173')).toBe('http://localhost/*');
    expect(matchPatternFor('https://www.uhcprovider.com')).toBe('https://www.uhcprovider.com/*');
  });

  it('matches URLs of enabled origins by scheme and host', () => {
    const enabled = ['http://localhost:4000', 'https://portal.example.com'];
    expect(isUrlEnabled('http://localhost:9999/page', enabled)).toBe(true);
    expect(isUrlEnabled('https://portal.example.com/claims/1', enabled)).toBe(true);
    expect(isUrlEnabled('http://portal.example.com/claims/1', enabled)).toBe(false);
    expect(isUrlEnabled('https://evil.example.com/', enabled)).toBe(false);
    expect(isUrlEnabled('https://portal.example.com.evil.net/', enabled)).toBe(false);
  });

  it('keeps the list sorted and unique', () => {
    expect(withOrigin(['https://b.example'], 'https://a.example', true)).toEqual(['https://a.example', 'https://b.example']);
    expect(withOrigin(['https://a.example'], 'https://a.example', true)).toEqual(['https://a.example']);
    expect(withOrigin(['https://a.example'], 'https://a.example', false)).toEqual([]);
  });

  it('enables the frame host of portals whose claim app is framed (Availity)', () => {
    expect(originsToEnable('https://essentials.availity.com')).toEqual(['https://apps.availity.com', 'https://essentials.availity.com']);
    expect(originsToEnable('https://apps.availity.com')).toEqual(['https://apps.availity.com', 'https://essentials.availity.com']);
    expect(originsToEnable('https://www.uhcprovider.com')).toEqual(['https://www.uhcprovider.com']);
    expect(originsToEnable('https://notavaility.com')).toEqual(['https://notavaility.com']);
  });
});
