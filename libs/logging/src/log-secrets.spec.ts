import { describe, expect, it } from '@jest/globals';
import { requestWithoutSecrets, withoutSecrets } from './log-secrets.js';

describe('what the request logs keep of an address', () => {
  it('hides a calendar feed’s secret address', () => {
    expect(withoutSecrets('/calendar/abc.def.ghi.ics')).toBe('/calendar/[hidden].ics');
    expect(withoutSecrets('/Calendar/abc.def.ghi.ics/')).toBe('/calendar/[hidden].ics');
    // One event's public file is not a secret.
    expect(withoutSecrets('/events/5b0e0f3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c.ics')).toBe(
      '/events/5b0e0f3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c.ics',
    );
  });

  it('hides the codes of unsubscribe, invitation and password-reset links, and keeps the rest', () => {
    expect(withoutSecrets('/unsubscribe?token=s3cret&x=1')).toBe('/unsubscribe?token=[hidden]&x=1');
    expect(withoutSecrets('/register?invitation=abc')).toBe('/register?invitation=[hidden]');
    expect(withoutSecrets('/reset-password?Token=abc')).toBe('/reset-password?Token=[hidden]');
    expect(withoutSecrets('/graphql')).toBe('/graphql');
    expect(withoutSecrets('/directory?regions=london&text=nurse')).toBe(
      '/directory?regions=london&text=nurse',
    );
  });

  it('hides them in pino’s serialized request too (address, query, route parameters)', () => {
    expect(
      requestWithoutSecrets({
        method: 'GET',
        url: '/calendar/abc.def.ics',
        query: {},
        params: { file: 'abc.def.ics' },
      }),
    ).toEqual({ method: 'GET', url: '/calendar/[hidden].ics', query: {}, params: {} });
    expect(
      requestWithoutSecrets({ url: '/unsubscribe?token=abc', query: { token: 'abc', kind: 'MENTION' } }),
    ).toEqual({ url: '/unsubscribe?token=[hidden]', query: { token: '[hidden]', kind: 'MENTION' } });
  });
});
