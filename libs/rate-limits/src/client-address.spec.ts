import { describe, expect, it } from '@jest/globals';
import { clientAddressKey } from './client-address.js';
import { waitInWords } from './throttle.js';

describe('the address a client is counted under', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:7:7::1', '2001:db8:7:7::/64'],
    ['2001:0db8:0007:0007:ffff:1:2:3', '2001:db8:7:7::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
    ['', 'unknown'],
    ['not an address', 'unknown'],
  ])('counts %s as %s', (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });
});

describe('waits in words', () => {
  it.each([
    [5, 'a few seconds'],
    [60, 'a minute'],
    [61, '2 minutes'],
    [14 * 60 + 59, '15 minutes'],
    [3600, '60 minutes'],
    [3 * 3600, 'about 3 hours'],
  ])('says %s seconds as "%s"', (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });
});
