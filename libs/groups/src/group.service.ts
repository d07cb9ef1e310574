import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { DomainEvents } from '#libs/domain-events';
import { InputCheck, ValidationError } from '#libs/errors';
import { type Viewer } from '#libs/identity';
import { slugify } from '#libs/text';
import { TaxonomyService } from '#libs/members';
import { WriteLimits } from '#libs/rate-limits';
import { GroupAccess } from './group-access.js';
import { GroupRole, GroupVisibility, MembershipStatus } from './group-enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Group } from './group.entity.js';
import { freeListedSlug, hiddenSlug } from './group-slugs.js';

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
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(WriteLimits) private readonly writeLimits: WriteLimits,
  ) {}

  async createGroup(viewer: Viewer, input: GroupInput): Promise<Group> {
    const fields = await this.validate({ visibility: GroupVisibility.PUBLIC, ...input }, true);
    await this.writeLimits.spend('group', viewer.memberId);
    return this.dataSource
      .transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`group-slug:${fields.slug}`]);
        // A hidden group's address never meets listed ones (group-slugs.ts): nobody learns it exists.
        const slug =
          fields.visibility === GroupVisibility.HIDDEN
            ? hiddenSlug(fields.slug!)
            : input.slug
              ? fields.slug!
              : await freeListedSlug(manager, fields.slug!);
        const group = await manager.getRepository(Group).save({
          ...fields,
          slug,
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
      .catch(slugTaken);
  }

  /** Owners (and admins) edit a group; fields left out are unchanged. */
  async updateGroup(viewer: Viewer, groupId: string, input: GroupInput): Promise<Group> {
    const { group } = await this.access.require(viewer, groupId, 'own');
    const fields = await this.validate(input, false);
    // Becoming hidden, or a new address while hidden: a fresh random address (group-slugs.ts).
    const hiding =
      fields.visibility === GroupVisibility.HIDDEN && group.visibility !== GroupVisibility.HIDDEN;
    if ((fields.visibility ?? group.visibility) === GroupVisibility.HIDDEN && (hiding || fields.slug))
      fields.slug = hiddenSlug(fields.slug ?? group.slug);
    // Readers who are not members lose access: their sockets leave its threads at once, their places go.
    const narrowed =
      group.visibility === GroupVisibility.PUBLIC &&
      (fields.visibility ?? group.visibility) !== group.visibility;
    await this.dataSource
      .transaction(async (manager) => {
        await manager.getRepository(Group).update(group.id, fields);
        if (narrowed) await this.events.publish(manager, 'groups.readers-narrowed', { groupId: group.id });
      })
      .catch(slugTaken);
    if (narrowed) await this.events.committed('groups.readers-narrowed', { groupId: group.id });
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
      fields.slug = slugify(input.name ?? '', 'group', 50);
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

/** A unique violation on an address: "taken", said only of listed groups' addresses, which are public anyway. */
function slugTaken(error: unknown): never {
  if (isUniqueViolation(error, 'groups_slug_key') || isUniqueViolation(error, 'groups_hidden_slug_key'))
    throw new ValidationError({ slug: 'That address is taken. Try another.' });
  throw error;
}
