import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '#libs/audit';
import { isUniqueViolation } from '#libs/database';
import { ConflictError, ForbiddenError, InputCheck, NotFoundError, ValidationError } from '#libs/errors';
import { MemberRole, type Viewer } from '#libs/identity';
import { slugify } from '#libs/text';
import { Cohort } from './cohort.entity.js';
import { Region } from './region.entity.js';
import { Topic } from './topic.entity.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CACHE_MS = 30_000;

interface Snapshot {
  loadedAt: number;
  regions: Region[];
  topics: Topic[];
  cohorts: Cohort[];
  topicsBySlug: Map<string, Topic>;
  topicsById: Map<number, Topic>;
  cohortsById: Map<string, Cohort>;
  regionsByCode: Map<string, Region>;
}

/**
 * Regions, topics and cohorts. Small and read on every directory request, so kept in memory for 30 s;
 * an unknown slug or id refreshes the copy once before it is refused (another replica may have just added it).
 */
@Injectable()
export class TaxonomyService {
  private snapshot: Snapshot | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async regions(): Promise<Region[]> {
    return (await this.current()).regions;
  }

  async topics(): Promise<Topic[]> {
    return (await this.current()).topics;
  }

  async cohorts(): Promise<Cohort[]> {
    return (await this.current()).cohorts;
  }

  async lookup(): Promise<Pick<Snapshot, 'topicsById' | 'cohortsById' | 'regionsByCode'>> {
    return this.current();
  }

  /** Topic ids for slugs; an unknown slug is BAD_USER_INPUT on `field`. */
  async topicIds(slugs: string[], field: string): Promise<number[]> {
    const found = await this.resolve(slugs, (s) => s.topicsBySlug);
    const unknown = slugs.filter((slug) => !found.has(slug));
    if (unknown.length) throw new ValidationError({ [field]: `Unknown topic: ${unknown.join(', ')}.` });
    return [...new Set(slugs.map((slug) => found.get(slug)!.id))];
  }

  async assertRegions(codes: string[], field: string): Promise<void> {
    const known = (await this.current()).regionsByCode;
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length) throw new ValidationError({ [field]: `Unknown region: ${unknown.join(', ')}.` });
  }

  async assertCohorts(ids: string[], field: string): Promise<void> {
    const check = new InputCheck();
    for (const id of ids) check.uuid(id, field);
    check.throwIfInvalid();
    const found = await this.resolve(ids, (s) => s.cohortsById);
    if (ids.some((id) => !found.has(id)))
      throw new ValidationError({ [field]: 'That cohort does not exist.' });
  }

  async createTopic(viewer: Viewer, input: { slug?: string | null; name: string }): Promise<Topic> {
    assertAdmin(viewer);
    const name = input.name.trim();
    // No fallback: a topic whose name has no letters to write needs its slug given (the check below asks for it).
    const slug = (input.slug ?? slugify(name, '')).trim();
    new InputCheck()
      .line(name, 'name', { min: 2, max: 60 })
      .require(
        SLUG.test(slug) && slug.length <= 60,
        'slug',
        'Use lower-case letters, digits and single hyphens.',
      )
      .throwIfInvalid();
    try {
      const topic = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(Topic).save({ slug, name });
        await this.audit.record(manager, {
          actorId: viewer.memberId,
          action: 'CREATE_TOPIC',
          subjectType: 'TOPIC',
          details: { slug, name },
        });
        return saved;
      });
      this.snapshot = undefined;
      return topic;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`A topic with the slug "${slug}" already exists.`);
      throw error;
    }
  }

  /** Renames a topic; its slug, and so every filter and link that uses it, stays the same. */
  async renameTopic(viewer: Viewer, slug: string, name: string): Promise<Topic> {
    assertAdmin(viewer);
    new InputCheck().line(name, 'name', { min: 2, max: 60 }).throwIfInvalid();
    const topic = await this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(Topic).findOneBy({ slug });
      if (!found) throw new NotFoundError('That topic');
      const before = found.name;
      found.name = name.trim();
      await manager.getRepository(Topic).save(found);
      await this.audit.record(manager, {
        actorId: viewer.memberId,
        action: 'RENAME_TOPIC',
        subjectType: 'TOPIC',
        details: { slug, from: before, to: found.name },
      });
      return found;
    });
    this.snapshot = undefined;
    return topic;
  }

  async createCohort(viewer: Viewer, input: { name: string; year: number }): Promise<Cohort> {
    assertAdmin(viewer);
    const thisYear = new Date().getUTCFullYear();
    new InputCheck()
      .line(input.name, 'name', { min: 2, max: 60 })
      .require(
        Number.isInteger(input.year) && input.year >= 2000 && input.year <= thisYear + 2,
        'year',
        `Give a year from 2000 to ${thisYear + 2}.`,
      )
      .throwIfInvalid();
    try {
      const cohort = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(Cohort).save({ name: input.name.trim(), year: input.year });
        await this.audit.record(manager, {
          actorId: viewer.memberId,
          action: 'CREATE_COHORT',
          subjectType: 'COHORT',
          subjectId: saved.id,
          details: { name: saved.name, year: saved.year },
        });
        return saved;
      });
      this.snapshot = undefined;
      return cohort;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('That cohort already exists.');
      throw error;
    }
  }

  private async resolve<K, V>(keys: K[], map: (s: Snapshot) => Map<K, V>): Promise<Map<K, V>> {
    const snapshot = await this.current();
    if (keys.every((key) => map(snapshot).has(key))) return map(snapshot);
    this.snapshot = undefined;
    return map(await this.current());
  }

  private async current(): Promise<Snapshot> {
    if (this.snapshot && Date.now() - this.snapshot.loadedAt < CACHE_MS) return this.snapshot;
    const [regions, topics, cohorts] = await Promise.all([
      this.dataSource.getRepository(Region).find({ order: { position: 'ASC' } }),
      this.dataSource.getRepository(Topic).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(Cohort).find({ order: { year: 'DESC', name: 'ASC' } }),
    ]);
    this.snapshot = {
      loadedAt: Date.now(),
      regions,
      topics,
      cohorts,
      topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
      topicsById: new Map(topics.map((t) => [t.id, t])),
      cohortsById: new Map(cohorts.map((c) => [c.id, c])),
      regionsByCode: new Map(regions.map((r) => [r.code, r])),
    };
    return this.snapshot;
  }
}

function assertAdmin(viewer: Viewer): void {
  if (viewer.role !== MemberRole.ADMIN)
    throw new ForbiddenError('Only admins can change the topic and cohort lists.');
}
