import { transliterate } from 'transliteration';

/**
 * Text made from names, for addresses and handles. One place, so that every script is treated alike: the
 * `transliteration` package writes any script in Latin letters ("Łukasz" -> "Lukasz", "Группа" -> "Gruppa",
 * "李" -> "Li"), where stripping accents alone lost Ł, ß and every non-Latin name.
 */

/**
 * Latin letters, lower-case, without accents or apostrophes: "Siân O'Brien" -> "sian obrien". NFKC first, so that
 * styled letters ("𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｆｕｌｌ", "ﬁ") count as the letters they show.
 */
export function plainText(text: string): string {
  return transliterate(text.normalize('NFKC')).toLowerCase().replace(/['’]/g, '');
}

/**
 * "Carers' Network: London" -> "carers-network-london": letters and digits joined by single hyphens, within
 * `maxLength`. A name with nothing to write in letters (emoji only) gives `fallback`, never an empty slug.
 */
export function slugify(text: string, fallback: string, maxLength = 60): string {
  const slug = plainText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || fallback;
}
