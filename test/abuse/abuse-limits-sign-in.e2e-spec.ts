import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import {
  ABUSE_LIMITS_ENV,
  LOGIN,
  RESET_REQUEST,
  codeOf,
  fromAddresses,
  send,
} from '../support/abuse-limits.js';
import { MEMBER_PASSWORD, newMember } from '../support/member-factory.js';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.js';
import { eventually } from '../support/until.js';

/** Abuse limits: wrong passwords counted per account and per address, in counters every replica shares. */
describe('abuse limits (issue 8, item 4)', () => {
  let platform: TestPlatform;
  const { from, login } = fromAddresses(() => platform);

  beforeAll(async () => {
    platform = await startTestPlatform(ABUSE_LIMITS_ENV);
  });

  afterAll(() => platform.close());

  describe('signing in', () => {
    it('answers the 11th wrong password in 15 minutes RATE_LIMITED with retryAfter, and the right one too', async () => {
      const sam = await newMember(platform.db, { displayName: 'Sam Lockout' });
      const address = '192.0.2.10';
      for (let i = 1; i <= 5; i++) {
        expect(codeOf(await login(address, sam.email, `wrong password ${i}`))).toBe('UNAUTHENTICATED');
      }
      // A right password in between counts for nothing.
      for (let i = 0; i < 3; i++)
        expect(codeOf(await login(address, sam.email, MEMBER_PASSWORD))).toBeUndefined();
      for (let i = 6; i <= 10; i++) {
        const wrong = await login(address, sam.email, `wrong password ${i}`);
        expect(wrong.body.errors?.[0]).toMatchObject({
          message: 'The e-mail address or password is not right.',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }

      const eleventh = await login(address, sam.email, 'wrong password 11');
      expect(eleventh.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfter: expect.any(Number),
      });
      const retryAfter = eleventh.body.errors![0].extensions.retryAfter as number;
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(eleventh.body.errors![0].message).toMatch(
        /too many attempts to sign in to this account.*try again in 1[45] minutes.*even the right password/,
      );

      // The right password waits too from that address, however the e-mail address is spelt.
      for (const email of [sam.email, sam.email.toUpperCase()]) {
        const right = await login(address, ` ${email} `, MEMBER_PASSWORD);
        expect(codeOf(right)).toBe('RATE_LIMITED');
        expect(right.body.data).toBeNull();
      }
      // Issue 17: wrong passwords from one address do not lock the member out from another.
      expect(codeOf(await login('198.51.100.77', sam.email, MEMBER_PASSWORD))).toBeUndefined();

      // Another member at the same address is not locked out.
      const colleague = await newMember(platform.db, { displayName: 'Same Office' });
      expect(codeOf(await login(address, colleague.email, MEMBER_PASSWORD))).toBeUndefined();

      // When the window ends, the right password works again, and wrong ones are counted afresh.
      await platform.db.query(
        "UPDATE throttle_counters SET expires_at = now() - interval '1 second' WHERE key LIKE 'login-account-at:%:192.0.2.10'",
      );
      expect(codeOf(await login(address, sam.email, 'wrong once more'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login(address, sam.email, MEMBER_PASSWORD))).toBeUndefined();
    });

    it('counts an address of any length, and answers it as any wrong password', async () => {
      const long = `${'x'.repeat(5_000)}@example.org`;
      for (let i = 0; i < 10; i++)
        expect(codeOf(await login('192.0.2.14', long, 'a wrong one'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login('192.0.2.14', long, 'a wrong one'))).toBe('RATE_LIMITED');
    });

    it("does not let a stranger's wrong passwords from one address lock the member out from another (issue 17)", async () => {
      const kim = await newMember(platform.db, { displayName: 'Kim Elsewhere' });
      for (let i = 0; i < 10; i++) {
        expect(codeOf(await login('192.0.2.40', kim.email, `stranger guess ${i}`))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await login('192.0.2.40', kim.email, 'stranger guess 11'))).toBe('RATE_LIMITED');
      // Kim, at home, signs in as usual; and may even get her own password wrong a few times.
      expect(codeOf(await login('198.51.100.40', kim.email, 'my own typo'))).toBe('UNAUTHENTICATED');
      const home = await login('198.51.100.40', kim.email, MEMBER_PASSWORD);
      expect(codeOf(home)).toBeUndefined();
      expect(home.body.data).toEqual({ login: { accessToken: expect.any(String) } });
    });

    it('stops a guess spread over many addresses at 100 wrong passwords an hour for the account (issue 17)', async () => {
      const lee = await newMember(platform.db, { displayName: 'Lee Distributed' });
      for (let net = 0; net < 20; net++) {
        for (let i = 0; i < 5; i++) {
          expect(codeOf(await login(`198.18.${net}.1`, lee.email, `botnet guess ${net}-${i}`))).toBe(
            'UNAUTHENTICATED',
          );
        }
      }
      const next = await login('198.18.99.1', lee.email, 'botnet guess 101');
      expect(next.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/too many attempts to sign in to this account, so we have paused/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      expect(next.body.errors![0].extensions.retryAfter).toBeGreaterThan(59 * 60);
      // The ceiling holds for the right password too, from a fresh address, until the hour ends.
      expect(codeOf(await login('198.18.100.1', lee.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
    });

    it('lets no more than 10 of 30 wrong passwords sent at once be tried', async () => {
      const target = await newMember(platform.db, { displayName: 'Many At Once' });
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login('192.0.2.11', target.email, `guess number ${i}`)),
      );
      const codes = answers.map(codeOf);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20);
    });

    it('keeps the counters in the database, so that every API replica shares them', async () => {
      const second: INestApplication = await createApiApp(platform.config, platform.db.url);
      await second.listen(0, '127.0.0.1');
      try {
        const secondUrl = `http://127.0.0.1:${((second.getHttpServer() as Server).address() as AddressInfo).port}`;
        const pat = await newMember(platform.db, { displayName: 'Two Replicas' });
        const viaSecond = (password: string) =>
          send(
            secondUrl,
            { query: LOGIN, variables: { i: { email: pat.email, password } } },
            { 'x-forwarded-for': '192.0.2.12' },
          );
        for (let i = 0; i < 5; i++) {
          expect(codeOf(await login('192.0.2.12', pat.email, `first replica ${i}`))).toBe('UNAUTHENTICATED');
          expect(codeOf(await viaSecond(`second replica ${i}`))).toBe('UNAUTHENTICATED');
        }
        expect(codeOf(await viaSecond(MEMBER_PASSWORD))).toBe('RATE_LIMITED');
        expect(codeOf(await login('192.0.2.12', pat.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
        const rows = await platform.db.query<{ count: number }>(
          "SELECT count FROM throttle_counters WHERE key = $1 OR key LIKE 'login-account-at:%:192.0.2.12'",
          [`login-account:${pat.email}`],
        );
        expect(rows.map((row) => row.count)).toEqual([10, 10]);
      } finally {
        await second.close();
      }
    });

    it('counts wrong passwords per address (LOGIN_IP_LIMIT), so that an office is shut out only by many', async () => {
      const office = '203.0.113.7';
      // Right passwords from one address never count: the benchmarks sign in 1,000 members from 127.0.0.1.
      const regular = await newMember(platform.db, { displayName: 'Regular Visitor' });
      for (let i = 0; i < 20; i++)
        expect(codeOf(await login(office, regular.email, MEMBER_PASSWORD))).toBeUndefined();

      for (let i = 0; i < 15; i++) {
        expect(codeOf(await login(office, `stranger-${i}@example.org`, 'not a real password'))).toBe(
          'UNAUTHENTICATED',
        );
      }
      const sixteenth = await login(office, 'stranger-16@example.org', 'not a real password');
      expect(sixteenth.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/too many unsuccessful sign-ins from your network/),
        extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
      });
      expect(codeOf(await login(office, regular.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
      // Another address, and the same member from it, are not affected.
      expect(codeOf(await login('203.0.113.8', regular.email, MEMBER_PASSWORD))).toBeUndefined();
    });

    it('counts an IPv6 client by its /64 network', async () => {
      for (let i = 0; i < 15; i++) {
        await login(`2001:db8:7:7::${i + 1}`, `v6-${i}@example.org`, 'not a real password');
      }
      expect(codeOf(await login('2001:db8:7:7:ffff::1', 'v6-x@example.org', 'not a real password'))).toBe(
        'RATE_LIMITED',
      );
      expect(codeOf(await login('2001:db8:7:8::1', 'v6-y@example.org', 'not a real password'))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('ends a lockout when the member resets their password', async () => {
      const reset = await newMember(platform.db, { displayName: 'Reset Me' });
      for (let i = 0; i < 10; i++) await login('192.0.2.13', reset.email, `forgotten ${i}`);
      expect(codeOf(await login('192.0.2.13', reset.email, MEMBER_PASSWORD))).toBe('RATE_LIMITED');
      expect(codeOf(await from('192.0.2.13', RESET_REQUEST, { e: reset.email }))).toBeUndefined();
      const mailed = await eventually(async () => {
        const [row] = await platform.db.query<{ text: string }>(
          'SELECT text FROM outbox_emails WHERE recipient = $1',
          [reset.email],
        );
        return row?.text;
      });
      const token = /reset-password\?token=([\w-]+)/.exec(mailed)![1];
      const done = await from(
        '192.0.2.13',
        'mutation($t: String!) { resetPassword(token: $t, password: "a brand new passphrase") }',
        {
          t: token,
        },
      );
      expect(codeOf(done)).toBeUndefined();
      expect(codeOf(await login('192.0.2.13', reset.email, 'a brand new passphrase'))).toBeUndefined();
    });
  });
});
