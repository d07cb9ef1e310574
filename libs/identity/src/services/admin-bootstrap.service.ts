import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '#libs/database';
import { DomainEvents } from '#libs/domain-events';
import { MemberRole, MemberStatus } from '../entities/member-role.js';
import { Member } from '../entities/member.entity.js';
import { passwordHasher } from '../password/password-hasher.js';
import { normaliseEmail } from './email.js';
import { uniqueHandle } from './handles.js';
import { memberCreated } from './member-created.js';

/** How a new deployment gets its first admin: ADMIN_EMAIL and ADMIN_PASSWORD, applied at start. */
@Injectable()
export class AdminBootstrapService {
  private readonly logger = new Logger('Identity');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DomainEvents) private readonly events: DomainEvents,
  ) {}

  /**
   * Creates the admin when the address is new. An existing account is made an active admin but keeps
   * its password, so a password changed in the app is not undone by the next restart.
   */
  async ensureAdmin(emailInput: string, password: string): Promise<Member> {
    try {
      return await this.ensure(normaliseEmail(emailInput), password);
    } catch (error) {
      // Several replicas start at once: one creates the admin, the others find it.
      if (!isUniqueViolation(error)) throw error;
      return this.ensure(normaliseEmail(emailInput), password);
    }
  }

  private async ensure(email: string, password: string): Promise<Member> {
    const members = this.dataSource.getRepository(Member);
    const existing = await members.findOneBy({ email });
    if (existing) {
      if (existing.role !== MemberRole.ADMIN || existing.status !== MemberStatus.ACTIVE) {
        await this.dataSource.transaction(async (manager) => {
          await manager
            .getRepository(Member)
            .update(existing.id, { role: MemberRole.ADMIN, status: MemberStatus.ACTIVE });
          if (existing.status !== MemberStatus.ACTIVE) {
            await this.events.publish(manager, 'members.status-changed', {
              memberId: existing.id,
              status: MemberStatus.ACTIVE,
            });
          }
        });
        this.logger.log(`${email} is now an admin (ADMIN_EMAIL).`);
      }
      return { ...existing, role: MemberRole.ADMIN, status: MemberStatus.ACTIVE };
    }
    const passwordHash = await passwordHasher.hash(password);
    const admin = await this.dataSource.transaction(async (manager) => {
      const created = await manager.getRepository(Member).save({
        email,
        handle: await uniqueHandle(manager, 'admin'),
        displayName: 'Confer admin',
        passwordHash,
        role: MemberRole.ADMIN,
      });
      await this.events.publish(manager, 'members.created', memberCreated(created));
      return created;
    });
    this.logger.log(`Created the admin account ${email} (ADMIN_EMAIL).`);
    return admin;
  }
}
