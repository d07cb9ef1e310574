import { Module, type DynamicModule } from '@nestjs/common';
import { AuditLog } from './audit-log.js';

/** The audit log, for every domain that takes moderation or admin actions (global). */
@Module({})
export class AuditModule {
  static forRoot(): DynamicModule {
    return { module: AuditModule, global: true, providers: [AuditLog], exports: [AuditLog] };
  }
}
