import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { InputCheck, ValidationError } from '#libs/errors';
import { firstFree, slugify, type Viewer } from '#libs/identity';
import { TaxonomyService } from '#libs/members';
import { WriteLimits } from '#libs/rate-limits';
import { GroupAccess } from './group-access.service.js';
import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';

export interface GroupInput {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  visibility?: GroupVisibility | null;
  topicSlugs?: string[] | null;
  regionCode?: string | null;
  coverImageUrl?: string | null;
  rules?: string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const GROUP_LIMITS = { name: 80, description: 2000, rules: 4000, slug: 60, topics: 10 } as const;

/** Creating and editing groups. Any member may create one and becomes its owner. */
@Injectable()
export class GroupService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupAccess) private readonly access: GroupAccess,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  async createGroup(viewer: Viewer, input: GroupInput): Promise<Group> {
    const fields = await this.validate({ visibility: GroupVisibility.PUBLIC, ...input }, true);
    await this.writeLimits.spend('group', viewer.memberId);
    return this.dataSource
      .transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`group-slug:${fields.slug}`]);
        const group = await manager.getRepository(Group).save({
          ...fields,
          slug: input.slug ? fields.slug! : await freeSlug(manager, fields.slug!),
          createdById: viewer.memberId,
        });
        await manager.getRepository(GroupMembership).insert({
          groupId: group.id,
          memberId: viewer.memberId,
          role: GroupRole.OWNER,
          status: MembershipStatus.ACTIVE,
        });
        return group;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'groups_slug_key'))
          throw new ValidationError({ slug: 'That address is taken. Try another.' });
        throw error;
      });
  }

  /** Owners (and admins) edit a group; fields left out are unchanged. */
  async updateGroup(viewer: Viewer, groupId: string, input: GroupInput): Promise<Group> {
    const { group } = await this.access.require(viewer, groupId, 'own');
    const fields = await this.validate(input, false);
    try {
      await this.dataSource.getRepository(Group).update(group.id, fields);
    } catch (error) {
      if (isUniqueViolation(error, 'groups_slug_key'))
        throw new ValidationError({ slug: 'That address is taken. Try another.' });
      throw error;
    }
    return this.dataSource.getRepository(Group).findOneByOrFail({ id: group.id });
  }

  private async validate(input: GroupInput, creating: boolean): Promise<Partial<Group>> {
    const check = new InputCheck();
    const fields: Partial<Group> = {};
    if (creating || input.name !== undefined) {
      check.line(input.name ?? '', 'name', { min: 3, max: GROUP_LIMITS.name });
      fields.name = (input.name ?? '').trim();
    }
    if (input.slug !== undefined && input.slug !== null) {
      const slug = input.slug.trim().toLowerCase();
      check.require(
        SLUG.test(slug) && slug.length <= GROUP_LIMITS.slug,
        'slug',
        'Use lower-case letters, digits and single hyphens.',
      );
      fields.slug = slug;
    } else if (creating) {
      fields.slug = slugify(input.name ?? '', 50) || 'group';
    }
    if (input.description !== undefined) {
      check.text(input.description, 'description', { max: GROUP_LIMITS.description });
      fields.description = input.description?.trim() ?? '';
    }
    if (input.rules !== undefined) {
      check.text(input.rules, 'rules', { max: GROUP_LIMITS.rules });
      fields.rules = input.rules?.trim() ?? '';
    }
    if (input.visibility !== undefined && input.visibility !== null) {
      check.require(
        Object.values(GroupVisibility).includes(input.visibility),
        'visibility',
        'Choose PUBLIC, PRIVATE or HIDDEN.',
      );
      fields.visibility = input.visibility;
    }
    if (input.coverImageUrl !== undefined) {
      const url = input.coverImageUrl?.trim() || null;
      check.httpsUrl(url, 'coverImageUrl', 'Use an https:// address of an image.');
      fields.coverImageUrl = url;
    }
    check.require(
      !input.topicSlugs || input.topicSlugs.length <= GROUP_LIMITS.topics,
      'topicSlugs',
      `Choose at most ${GROUP_LIMITS.topics} topics.`,
    );
    check.throwIfInvalid();
    if (input.topicSlugs !== undefined)
      fields.topicIds = input.topicSlugs ? await this.taxonomy.topicIds(input.topicSlugs, 'topicSlugs') : [];
    if (input.regionCode !== undefined) {
      if (input.regionCode) await this.taxonomy.assertRegions([input.regionCode], 'regionCode');
      fields.regionCode = input.regionCode || null;
    }
    return fields;
  }
}

/** The slug itself when free, else with the lowest free number: carers-london, carers-london-2, ... */
async function freeSlug(manager: EntityManager, base: string): Promise<string> {
  const rows: Array<{ slug: string }> = await manager.query(
    `SELECT slug FROM groups WHERE slug = $1 OR slug ~ $2`,
    [base, `^${base}-[0-9]+$`],
  );
  return firstFree(base, new Set(rows.map((row) => row.slug)));
}
