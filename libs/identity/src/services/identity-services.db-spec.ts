import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { TestingModule } from '@nestjs/testing';
import { OutboxEmail } from '#libs/mail';
import { serviceModule } from '../../../../test/support/service-module.js';
import { eventually } from '../../../../test/support/until.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { MemberRole, MemberStatus } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { passwordHasher } from '../password/password-hasher.js';
import type { Viewer } from '../viewer.js';
import { AuthenticationService } from './authentication.service.js';
import { InvitationService } from './invitation.service.js';
import { RegistrationService } from './registration.service.js';
import { SessionService } from './session.service.js';

const PASSWORD = 'a perfectly fine password';

/** Service-level tests: the identity services over a real PostgreSQL, mail kept in the outbox (no SMTP_URL). */
describe('identity services', () => {
  let db: TestDatabase;
  let module: TestingModule;
  let dataSource: DataSource;
  let sessions: SessionService;
  let authentication: AuthenticationService;
  let counter = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    module = await serviceModule(db);
    dataSource = module.get(DataSource);
    sessions = module.get(SessionService);
    authentication = module.get(AuthenticationService);
  });

  afterAll(async () => {
    await module.close();
    await db.drop();
  });

  async function newMember(overrides: Partial<Member> = {}): Promise<Member> {
    counter += 1;
    return dataSource.getRepository(Member).save({
      email: `member${counter}@example.org`,
      handle: `member-${counter}`,
      displayName: `Member ${counter}`,
      passwordHash: await passwordHasher.hash(PASSWORD),
      ...overrides,
    });
  }

  const viewerOf = (member: Member): Viewer => ({
    memberId: member.id,
    sessionId: 'n/a',
    role: member.role,
    handle: member.handle,
  });

  it('keeps invitation mail in the outbox when no SMTP server is set', async () => {
    const admin = await newMember({ role: MemberRole.ADMIN, displayName: 'Ada Admin' });
    const { token } = await module
      .get(InvitationService)
      .invite(viewerOf(admin), { email: 'outbox@example.org' });
    const kept = await eventually(() =>
      dataSource.getRepository(OutboxEmail).findOneBy({ to: 'outbox@example.org' }),
    );
    expect(kept?.subject).toBe('Ada Admin has invited you to join Confer');
    expect(kept?.text).toContain(token);
  });

  it('refuses an invitation replaced by a newer one, and accepts the newer one', async () => {
    const admin = await newMember({ role: MemberRole.ADMIN });
    const invitations = module.get(InvitationService);
    const older = await invitations.invite(viewerOf(admin), { email: 'twice@example.org' });
    const newer = await invitations.invite(viewerOf(admin), { email: 'twice@example.org' });
    const registration = module.get(RegistrationService);
    const input = { email: 'twice@example.org', password: PASSWORD, displayName: 'Twice' };
    await expect(registration.register({ ...input, invitationToken: older.token })).rejects.toMatchObject({
      fields: { invitationToken: expect.stringContaining('replaced by a newer one') },
    });
    await expect(registration.register({ ...input, invitationToken: newer.token })).resolves.toMatchObject({
      member: { email: 'twice@example.org' },
    });
  });

  it('refuses sign-in to a suspended member as to a wrong password (no leak), and ends their live access at once', async () => {
    const member = await newMember();
    const signedIn = await sessions.login(member.email, PASSWORD);
    await expect(authentication.authenticate(signedIn.accessToken)).resolves.toMatchObject({
      memberId: member.id,
    });

    await dataSource.getRepository(Member).update(member.id, { status: MemberStatus.SUSPENDED });
    await expect(sessions.login(member.email, PASSWORD)).rejects.toThrow(
      'The e-mail address or password is not right.',
    );
    await expect(authentication.authenticate(signedIn.accessToken)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(sessions.refresh(signedIn.refreshToken)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('treats a deleted member like an unknown address', async () => {
    const member = await newMember({ status: MemberStatus.DELETED });
    await expect(sessions.login(member.email, PASSWORD)).rejects.toThrow(
      'The e-mail address or password is not right.',
    );
  });

  it('refuses a refresh token past its 30 days', async () => {
    const member = await newMember();
    const signedIn = await sessions.login(member.email, PASSWORD);
    await db.query(
      "UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE session_id = $1",
      [signedIn.sessionId],
    );
    await expect(sessions.refresh(signedIn.refreshToken)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('re-hashes a password stored with weaker parameters when its owner signs in', async () => {
    const weak = await argon2.hash(PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    const member = await newMember({ passwordHash: weak });
    await sessions.login(member.email, PASSWORD);
    const stored = await dataSource.getRepository(Member).findOneByOrFail({ id: member.id });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(sessions.login(member.email, PASSWORD)).resolves.toBeDefined();
  });
});
