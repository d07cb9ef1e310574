import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { InputCheck, ValidationError } from '#libs/errors';
import { DomainEvents, type DomainEventMap } from '#libs/domain-events';
import { AccountService, HANDLE_PATTERN, Member, MemberStatus, type Viewer } from '#libs/identity';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { CONSENT_WORDING, ConsentKind, hasActiveConsent } from './consent.js';
import { FORMER_MEMBER_HANDLE } from './former-member.js';
import { MemberConsent } from './member-consent.entity.js';
import { MemberProfile } from './member-profile.entity.js';
import { FieldVisibility, ProfileField } from './profile-enums.js';
import { PROFILE_LIMITS, type UpdateProfile } from './update-profile.js';

type ProfileChanges = Partial<Omit<MemberProfile, 'member' | 'region' | 'cohort'>>;

/** Creates a profile with each account and keeps the directory entry in step with the account's status. */
@Injectable()
export class ProfileWriter implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(TaxonomyService) private readonly taxonomy: TaxonomyService,
  ) {}

  /** In the transaction of the account's change: a profile and a directory entry never disagree with identity. */
  onModuleInit(): void {
    this.events.inTransaction('members.created', 'members.create-profile', (manager, member) =>
      this.createProfile(manager, member),
    );
    this.events.inTransaction(
      'members.status-changed',
      'members.list-in-directory',
      (manager, { memberId, status }) =>
        manager
          .createQueryBuilder()
          .update(MemberProfile)
          .set({
            inDirectory: () => `listed_in_directory AND ${status === 'ACTIVE' ? 'true' : 'false'}`,
          })
          .where('member_id = :memberId', { memberId })
          .execute()
          .then(() => undefined),
    );
  }

  async createProfile(manager: EntityManager, member: DomainEventMap['members.created']): Promise<void> {
    await manager.getRepository(MemberProfile).insert({
      memberId: member.memberId,
      displayName: member.displayName,
      handle: member.handle,
      cohortId: member.cohortId,
      inDirectory: member.status === 'ACTIVE',
    });
  }

  async updateProfile(viewer: Viewer, input: UpdateProfile): Promise<void> {
    const changes = await this.validate(input);
    const names = { handle: changes.handle, displayName: changes.displayName };
    try {
      await this.dataSource.transaction(async (manager) => {
        const profiles = manager.getRepository(MemberProfile);
        if (changes.livedExperience) {
          await this.consentToLivedExperience(manager, viewer.memberId, input.consentToLivedExperience);
        }
        if (input.visibility?.length) {
          // Merged in SQL, so that two edits at once to different fields both stay.
          const chosen = JSON.stringify(
            Object.fromEntries(input.visibility.map((v) => [v.field, v.visibility])),
          );
          await profiles
            .createQueryBuilder()
            .update()
            .set({ visibility: () => 'visibility || :chosen::jsonb' })
            .setParameter('chosen', chosen)
            .where('member_id = :id', { id: viewer.memberId })
            .execute();
        }
        if (changes.listedInDirectory !== undefined) {
          const active = await manager
            .getRepository(Member)
            .existsBy({ id: viewer.memberId, status: MemberStatus.ACTIVE });
          changes.inDirectory = changes.listedInDirectory && active;
        }
        if (Object.keys(changes).length) await profiles.update(viewer.memberId, changes);
        await this.accounts.rename(manager, viewer.memberId, names);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'members_handle_key')) {
        throw new ValidationError({ handle: 'That handle is taken. Try another.' });
      }
      throw error;
    }
  }

  /**
   * Lived experience is special-category health data: it is kept only with the member's explicit consent, asked
   * for the first time they fill it in (and again after they withdraw it) and recorded with its wording.
   */
  private async consentToLivedExperience(
    manager: EntityManager,
    memberId: string,
    given: boolean | null | undefined,
  ): Promise<void> {
    // The profile's row lock makes two saves at once record one consent, and waits for a withdrawal under way.
    await manager.query('SELECT 1 FROM member_profiles WHERE member_id = $1 FOR UPDATE', [memberId]);
    if (await hasActiveConsent(manager, memberId, ConsentKind.LIVED_EXPERIENCE)) return;
    if (given !== true) {
      throw new ValidationError({
        consentToLivedExperience:
          'Your lived experience is health information: Confer keeps it only with your consent. ' +
          'Say that you agree (consentToLivedExperience: true) to save it.',
      });
    }
    await manager.getRepository(MemberConsent).insert({
      memberId,
      kind: ConsentKind.LIVED_EXPERIENCE,
      wording: CONSENT_WORDING[ConsentKind.LIVED_EXPERIENCE],
    });
  }

  private async validate(input: UpdateProfile): Promise<ProfileChanges> {
    const check = new InputCheck();
    const changes: ProfileChanges = {};
    const text = (
      key: keyof typeof PROFILE_LIMITS & keyof UpdateProfile,
      min = 0,
    ): string | null | undefined => {
      const value = input[key];
      if (value === undefined) return undefined;
      const given = typeof value === 'string' ? value : null;
      const trimmed = given?.trim() ?? null;
      // The bio and lived experience are told in paragraphs; the rest is one line each.
      if (key === 'bio' || key === 'livedExperience')
        check.text(given, key, { min, max: PROFILE_LIMITS[key] });
      else check.line(given, key, { min, max: PROFILE_LIMITS[key] }); // as given: trim() takes U+FEFF too
      return trimmed ? trimmed : null;
    };

    if (input.handle !== undefined) {
      const handle = input.handle?.trim().toLowerCase() ?? '';
      check
        .require(HANDLE_PATTERN.test(handle), 'handle', 'Use 3 to 30 lower-case letters, digits, "-" or "_".')
        .require(
          !FORMER_MEMBER_HANDLE.test(handle),
          'handle',
          'Handles like this one are kept for former members. Try another.',
        );
      changes.handle = handle;
    }
    if (input.displayName !== undefined) {
      const displayName = text('displayName', 1);
      if (displayName) changes.displayName = displayName;
    }
    for (const key of [
      'pronouns',
      'headline',
      'bio',
      'livedExperience',
      'organisation',
      'jobTitle',
    ] as const) {
      const value = text(key);
      if (value !== undefined) changes[key] = value;
    }
    if (input.avatarUrl !== undefined) {
      const url = text('avatarUrl');
      check.httpsUrl(url, 'avatarUrl', 'Use an https:// address of an image.');
      changes.avatarUrl = url ?? null;
    }
    if (input.leaderType !== undefined) changes.leaderType = input.leaderType;
    if (input.openToPairing !== undefined) changes.openToPairing = input.openToPairing ?? false;
    if (input.listedInDirectory !== undefined) changes.listedInDirectory = input.listedInDirectory ?? true;
    if (input.visibility) {
      const fields = input.visibility.map((v) => v.field);
      check.require(new Set(fields).size === fields.length, 'visibility', 'Give each field once.');
      check.require(
        input.visibility.every(
          (v) =>
            Object.values(ProfileField).includes(v.field) &&
            Object.values(FieldVisibility).includes(v.visibility),
        ),
        'visibility',
        'Unknown field or visibility.',
      );
    }
    check.require(
      !input.topicSlugs || input.topicSlugs.length <= PROFILE_LIMITS.topics,
      'topicSlugs',
      `Choose at most ${PROFILE_LIMITS.topics} topics.`,
    );
    check.throwIfInvalid();

    if (input.regionCode !== undefined) {
      if (input.regionCode) await this.taxonomy.assertRegions([input.regionCode], 'regionCode');
      changes.regionCode = input.regionCode || null;
    }
    if (input.topicSlugs !== undefined) {
      changes.topicIds = input.topicSlugs ? await this.taxonomy.topicIds(input.topicSlugs, 'topicSlugs') : [];
    }
    if (input.cohortId !== undefined) {
      if (input.cohortId) await this.taxonomy.assertCohorts([input.cohortId], 'cohortId');
      changes.cohortId = input.cohortId || null;
    }
    return changes;
  }
}
