import { describe, expect, it } from '@jest/globals';
import { plainText, slugify } from './index.js';

describe('slugs made from names in any script', () => {
  it.each([
    ['Łukasz Żółć', 'lukasz-zolc'],
    ["Carers' Network: London", 'carers-network-london'],
    ['Группа поддержки', 'gruppa-podderzhki'],
    ['Ομάδα υποστήριξης', 'omada-ypostirixis'],
    ['Cymru Iechyd Meddwl', 'cymru-iechyd-meddwl'],
    ['Ŵyl Siân', 'wyl-sian'],
    ['Straße der Ärzte', 'strasse-der-arzte'],
    ['Þórunn Ærøskøbing', 'thorunn-aeroskobing'],
    ['李', 'li'],
    ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ｆｕｌｌ ﬁle', 'unicode-full-file'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name, 'group')).toBe(slug);
  });

  it('gives a readable slug for Arabic and Japanese names, never an empty one', () => {
    for (const name of ['مجموعة الدعم', '患者支援グループ'])
      expect(slugify(name, 'group')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('falls back to the given word when a name has no letters to write (emoji only)', () => {
    expect(slugify('😀🎉', 'group')).toBe('group');
    expect(slugify('  --  ', 'topic')).toBe('topic');
  });

  it('keeps within the length, without a trailing hyphen', () => {
    const slug = slugify('Группа поддержки для родителей детей с диабетом в Лондоне', 'group', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toMatch(/^[a-z0-9-]+[a-z0-9]$/);
    expect(slug.startsWith('gruppa-podderzhki-dlya')).toBe(true);
  });

  it('writes names in lower-case Latin letters without apostrophes', () => {
    expect(plainText("Siân O'Brien")).toBe('sian obrien');
    expect(plainText('Zoë’s')).toBe('zoes');
  });
});
