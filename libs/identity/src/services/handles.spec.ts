import { describe, expect, it } from '@jest/globals';
import { HANDLE_PATTERN, handleBase } from './handles.js';

describe('handles made from display names', () => {
  it.each([
    ['Priya Shah', 'priya-shah'],
    ["Siân O'Brien-Smith", 'sian-obrien-smith'],
    ['  Dr. Ade   Okafor  ', 'dr-ade-okafor'],
    ['Zoë', 'zoe'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ['Ольга Петрова', 'olga-petrova'],
    ['Ŵyn Llŷr', 'wyn-llyr'],
    ['李', 'li-member'],
    ['😀🎉', 'member'],
    ['Jo', 'jo-member'],
    ['A very long display name that goes on and on', 'a-very-long-display-name'],
  ])('%s -> %s', (name, handle) => {
    expect(handleBase(name)).toBe(handle);
    expect(handleBase(name)).toMatch(HANDLE_PATTERN);
  });
});
