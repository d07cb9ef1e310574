import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import pg from 'pg';
import * as data from './seed-data.js';
import { plainText } from '#libs/text';

/** Every seeded member signs in with this password. */
export const SEEDED_MEMBER_PASSWORD = 'seeded member password';

export interface SeedOptions {
  /** How many seeded members the database should hold for this seed (members 1 to N). */
  members: number;
  /** The same seed and count always give the same members; default 1. */
  seed?: number;
  log?: (line: string) => void;
}

/** Rows per INSERT statement, and statements in flight at once (one per core). */
const BATCH_SIZE = 5_000;
const CONCURRENCY = 2;
const SIX_YEARS_IN_SECONDS = Math.round(6 * 365.25 * 24 * 3600);
const HANDLE_MAX = 30;
const HEADLINE_MAX = 120;
const COHORT_NAMES = ['Spring', 'Autumn'];
const COHORT_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

const GENDERS = data.weights('female 48, male 47, neutral 5');
const FIRST_NAMES: Record<string, readonly string[]> = {
  female: data.FEMALE_FIRST_NAMES,
  male: data.MALE_FIRST_NAMES,
  neutral: data.NEUTRAL_FIRST_NAMES,
};
const TOPIC_COUNTS = data.weights('1 25, 2 35, 3 25, 4 15');
const HIDEABLE_FIELDS = 'BIO REGION TOPICS HEADLINE ORGANISATION JOB_TITLE PRONOUNS COHORT'.split(' ');
const LAY_TYPES = ['PATIENT_LEADER', 'CARER_LEADER', 'COMMUNITY_LEADER'];

/** mulberry32: a small, fast PRNG with a 32-bit state; uniform in [0, 1). */
function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads (seed, i) over the 32-bit state space. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Random {
  private readonly next: () => number;

  /** Member i of a seed has a generator of its own, so it is the same whatever the count. */
  constructor(seed: number, index: number) {
    this.next = mulberry32(mix(mix(seed ^ 0x9e3779b9) ^ index));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
}

interface Taxonomy {
  regions: Array<{ code: string; name: string; weight: number }>;
  topics: Array<{ id: number; slug: string; name: string; weight: number }>;
  /** Ids of the 12 seeded cohorts, Spring 2019 first. */
  cohortIds: string[];
}

/** "Siân O'Brien" -> "sian-obrien": what handles are made of. */
function slug(text: string): string {
  return plainText(text)
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-cases a name's first letter for use mid-sentence ("Co-production" -> "co-production", "GP" stays). */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function fill(template: string, values: Record<string, string | null>): string | null {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === null || value === undefined) missing = true;
    return value ?? '';
  });
  if (missing) return null;
  return text[0].toUpperCase() + text.slice(1);
}

/** Member `index` (from 1) of `seed`: a pure function of the two and the taxonomy. */
function seedMember(seed: number, index: number, taxonomy: Taxonomy) {
  const rng = new Random(seed, index);
  const gender = rng.weighted(GENDERS);
  const first = rng.pick(FIRST_NAMES[gender]);
  let last = rng.pick(data.SURNAMES);
  if (rng.chance(0.04)) last = `${last}-${rng.pick(data.SURNAMES)}`;
  const displayName = `${first} ${last}`;
  const suffix = `-s${seed}-${index}`;
  const namePart = slug(displayName)
    .slice(0, HANDLE_MAX - suffix.length)
    .replace(/-+$/, '');
  const handle = `${namePart || 'member'}${suffix}`;
  const pronouns = rng.chance(0.4) ? rng.weighted(data.PRONOUNS[gender]) : null;

  const leaderType = rng.weighted(data.LEADER_TYPE_WEIGHTS);
  const region = rng.weighted(taxonomy.regions.map((r) => [r, r.weight] as const));
  let kind = rng.weighted(data.ORGANISATION_KINDS[leaderType]);
  if ((kind === 'trust' || kind === 'icb') && data.DEVOLVED_HEALTH_BODIES[region.code]) kind = region.code;
  const organisations = data.ORGANISATIONS[kind] ?? data.DEVOLVED_HEALTH_BODIES[kind];
  const organisation = organisations ? rng.pick(organisations) : null;
  const [title, titleTopic] = rng.pick(data.JOB_TITLES[leaderType]).split(' #');
  const jobTitle = rng.chance(LAY_TYPES.includes(leaderType) ? 0.75 : 0.92) ? title : null;

  // Topics: the one a job title implies, carers' own topic, then by popularity; 1 to 4, in id order.
  const topicCount = Number(rng.weighted(TOPIC_COUNTS));
  const chosen: Taxonomy['topics'] = [];
  const add = (slugWanted: string | undefined, p: number) => {
    const topic = taxonomy.topics.find((t) => t.slug === slugWanted);
    if (topic && !chosen.includes(topic) && chosen.length < topicCount && rng.chance(p)) chosen.push(topic);
  };
  if (jobTitle) add(titleTopic, 0.7);
  if (leaderType === 'CARER_LEADER') add('carers', 0.5);
  while (chosen.length < Math.min(topicCount, taxonomy.topics.length)) {
    const topic = rng.weighted(taxonomy.topics.map((t) => [t, t.weight] as const));
    if (!chosen.includes(topic)) chosen.push(topic);
  }

  let livedExperience: string | null = null;
  const visibility: Record<string, string> = {};
  if ((leaderType === 'PATIENT_LEADER' || leaderType === 'CARER_LEADER') && rng.chance(0.6)) {
    const list =
      leaderType === 'PATIENT_LEADER' ? data.PATIENT_LIVED_EXPERIENCE : data.CARER_LIVED_EXPERIENCE;
    const firstLine = rng.pick(list);
    const secondLine = rng.pick(list);
    livedExperience = rng.chance(0.3) && secondLine !== firstLine ? `${firstLine} ${secondLine}` : firstLine;
    if (rng.chance(0.2)) visibility.LIVED_EXPERIENCE = 'MEMBERS';
  }

  const values: Record<string, string | null> = {
    job: jobTitle,
    org: organisation,
    topic: chosen[0] ? midSentence(chosen[0].name) : null,
    topic2: chosen[1] ? midSentence(chosen[1].name) : null,
    region: /^(North|South|East|West|Midlands)\b/.test(region.name) ? `the ${region.name}` : region.name,
    years: String(rng.int(3, 25)),
    since: String(rng.int(2008, 2022)),
  };
  let headline: string | null = null;
  if (rng.chance(0.85)) {
    const templates = livedExperience && rng.chance(0.3) ? data.LIVED_HEADLINES : data.HEADLINES;
    for (let attempt = 0; attempt < 4 && headline === null; attempt++) {
      const text = fill(rng.pick(templates), values);
      if (text && text.length <= HEADLINE_MAX) headline = text;
    }
  }
  let bio: string | null = null;
  if (rng.chance(0.85)) {
    const sentences = [fill(rng.pick(data.BIO_OPENINGS[leaderType]), values)];
    for (const topic of chosen.slice(0, 3)) {
      const own = data.TOPIC_SENTENCES[topic.slug];
      sentences.push(
        own
          ? rng.pick(own)
          : fill(rng.pick(data.GENERIC_TOPIC_SENTENCES), { topic: midSentence(topic.name) }),
      );
    }
    if (rng.chance(0.7)) sentences.push(rng.pick(data.BIO_CLOSINGS));
    bio = sentences.filter(Boolean).join(' ');
  }

  if (rng.chance(0.1)) {
    for (let n = rng.int(1, 3); n > 0; n--) {
      visibility[rng.pick(HIDEABLE_FIELDS)] = rng.chance(0.6) ? 'PRIVATE' : 'GROUP_PEERS';
    }
  }

  return {
    email: `seed${seed}-${index}@example.org`,
    handle,
    displayName,
    cohortId: rng.pick(taxonomy.cohortIds),
    joinedSecondsAgo: rng.int(0, SIX_YEARS_IN_SECONDS),
    pronouns,
    headline,
    bio,
    livedExperience,
    leaderType,
    organisation,
    jobTitle,
    regionCode: region.code,
    topicIds: chosen.map((t) => t.id).sort((a, b) => a - b),
    openToPairing: rng.chance(0.3),
    listedInDirectory: rng.chance(0.95),
    visibility,
  };
}

// One statement per batch: the members, then the profiles of those really inserted (a member whose e-mail or
// handle is taken is skipped). The profiles' trigger fills name_key, search and the dir_* columns.
const INSERT_BATCH = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::int[], $7::text[],
      $8::text[], $9::text[], $10::text[], $11::leader_type[], $12::text[], $13::text[], $14::text[], $15::text[],
      $16::bool[], $17::bool[], $18::text[])
      AS t(id, email, handle, display_name, cohort_id, joined_seconds_ago, pronouns, headline, bio,
        lived_experience, leader_type, organisation, job_title, region_code, topic_ids, open_to_pairing,
        listed_in_directory, visibility)
  ), inserted AS (
    INSERT INTO members (id, email, handle, display_name, password_hash, role, status, cohort_id, joined_at,
      password_changed_at)
    SELECT id, email, handle, display_name, $19, 'MEMBER', 'ACTIVE', cohort_id,
      now() - make_interval(secs => joined_seconds_ago), now() - make_interval(secs => joined_seconds_ago)
    FROM input
    ON CONFLICT DO NOTHING
    RETURNING id
  ), profiles AS (
    INSERT INTO member_profiles (member_id, display_name, handle, pronouns, headline, bio, lived_experience,
      leader_type, organisation, job_title, region_code, topic_ids, cohort_id, open_to_pairing,
      listed_in_directory, visibility, in_directory)
    SELECT i.id, i.display_name, i.handle, i.pronouns, i.headline, i.bio, i.lived_experience, i.leader_type,
      i.organisation, i.job_title, i.region_code, i.topic_ids::int[], i.cohort_id, i.open_to_pairing,
      i.listed_in_directory, i.visibility::jsonb, i.listed_in_directory
    FROM input i JOIN inserted USING (id)
    RETURNING 1
  )
  SELECT count(*)::int AS created FROM profiles`;

function batchParameters(members: Array<ReturnType<typeof seedMember>>, passwordHash: string): unknown[] {
  const columns: unknown[][] = Array.from({ length: 18 }, () => new Array<unknown>(members.length));
  members.forEach((m, row) => {
    const values = [
      randomUUID(),
      m.email,
      m.handle,
      m.displayName,
      m.cohortId,
      m.joinedSecondsAgo,
      m.pronouns,
      m.headline,
      m.bio,
      m.livedExperience,
      m.leaderType,
      m.organisation,
      m.jobTitle,
      m.regionCode,
      `{${m.topicIds.join(',')}}`,
      m.openToPairing,
      m.listedInDirectory,
      JSON.stringify(m.visibility),
    ];
    values.forEach((value, column) => (columns[column][row] = value));
  });
  return [...columns, passwordHash];
}

async function loadTaxonomy(pool: pg.Pool): Promise<Taxonomy> {
  const names = COHORT_YEARS.flatMap((year) => COHORT_NAMES.map((name) => ({ name, year })));
  await pool.query(
    `INSERT INTO cohorts (name, year) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING`,
    [names.map((c) => c.name), names.map((c) => c.year)],
  );
  const cohorts = await pool.query<{ id: string; name: string; year: number }>(
    'SELECT id, name, year FROM cohorts WHERE name = ANY($1::text[]) AND year = ANY($2::int[])',
    [COHORT_NAMES, COHORT_YEARS],
  );
  const cohortIds = names.map(({ name, year }) => {
    const cohort = cohorts.rows.find((c) => c.name === name && c.year === year);
    if (!cohort) throw new Error(`The cohort ${name} ${year} is missing.`);
    return cohort.id;
  });
  const regions = await pool.query<{ code: string; name: string }>(
    'SELECT code, name FROM regions ORDER BY position, code',
  );
  const topics = await pool.query<{ id: number; slug: string; name: string }>(
    'SELECT id, slug, name FROM topics ORDER BY id',
  );
  if (regions.rows.length === 0 || topics.rows.length === 0) {
    throw new Error('The regions and topics tables are empty: run the migrations first.');
  }
  return {
    regions: regions.rows.map((r) => ({ ...r, weight: data.REGION_WEIGHTS[r.code] ?? 2 })),
    topics: topics.rows.map((t) => ({ ...t, weight: data.TOPIC_WEIGHTS[t.slug] ?? 1 })),
    cohortIds,
  };
}

/**
 * Makes sure the database holds members 1 to `options.members` of `options.seed`, each with a realistic
 * profile; returns how many it created (0 when they are all there already) and how long it took.
 */
export async function seedMembers(
  databaseUrl: string,
  options: SeedOptions,
): Promise<{ created: number; ms: number }> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const count = options.members;
  const log = options.log ?? (() => undefined);
  if (!Number.isSafeInteger(count) || count < 0)
    throw new Error('members must be a whole number, 0 or more.');
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error('seed must be a whole number from 0 to 4294967295.');
  }

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: CONCURRENCY,
    // Seed data can be made again: no need to wait for each commit to reach the disk.
    options: '-c synchronous_commit=off',
  });
  try {
    const passwordHash = argon2.hash(SEEDED_MEMBER_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    const taxonomy = await loadTaxonomy(pool);
    const existing = await pool.query<{ email: string }>('SELECT email FROM members WHERE email LIKE $1', [
      `seed${seed}-%@example.org`,
    ]);
    const present = new Set(existing.rows.map((r) => r.email));
    const missing: number[] = [];
    for (let i = 1; i <= count; i++) {
      if (!present.has(`seed${seed}-${i}@example.org`)) missing.push(i);
    }
    log(
      `Seed ${seed}: ${count - missing.length} of ${count} members already there, ${missing.length} to add.`,
    );
    const hash = await passwordHash;

    let created = 0;
    let done = 0;
    let nextBatch = 0;
    const batches = Math.ceil(missing.length / BATCH_SIZE);
    const worker = async () => {
      while (nextBatch < batches) {
        const batch = nextBatch++;
        const indexes = missing.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);
        const members = indexes.map((i) => seedMember(seed, i, taxonomy));
        const result = await pool.query<{ created: number }>(INSERT_BATCH, batchParameters(members, hash));
        created += result.rows[0].created;
        done += indexes.length;
        log(
          `  ${done.toLocaleString('en-GB')} / ${missing.length.toLocaleString('en-GB')} ` +
            `(${Math.round(performance.now() - started).toLocaleString('en-GB')} ms)`,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batches) }, worker));
    return { created, ms: Math.round(performance.now() - started) };
  } finally {
    await pool.end();
  }
}
