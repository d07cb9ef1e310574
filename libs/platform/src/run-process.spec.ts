import { describe, expect, it } from '@jest/globals';
import { isDatabaseOutage } from './run-process.js';

describe('what a process survives', () => {
  it('a database restarting or out of reach, but not a bug', () => {
    expect(isDatabaseOutage(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(
      true,
    );
    expect(isDatabaseOutage(new Error('the database system is shutting down'))).toBe(true);
    expect(isDatabaseOutage(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseOutage(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(isDatabaseOutage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseOutage(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseOutage(undefined)).toBe(false);
  });
});
