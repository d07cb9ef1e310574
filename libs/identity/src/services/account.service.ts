import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '#libs/errors';
import { Member } from '../entities/member.entity.js';

/** Reads accounts for the transports. */
@Injectable()
export class AccountService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async getMember(id: string): Promise<Member> {
    const member = await this.dataSource.getRepository(Member).findOneBy({ id });
    if (!member) throw new NotFoundError('That member');
    return member;
  }
}
