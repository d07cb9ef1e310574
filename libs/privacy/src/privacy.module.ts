import { Module, type DynamicModule } from '@nestjs/common';
import { AccountErasure } from './account-erasure.js';
import { Consents } from './consents.js';
import { DataExport } from './data-export.js';
import { RetentionSweep } from './retention-sweep.js';

const SERVICES = [DataExport, AccountErasure, Consents, RetentionSweep];

/**
 * Members' rights under UK GDPR: their data exported, their account erased, their consents withdrawn, and what is
 * kept only for a while swept away. Needs the identity, members, notifications, audit, jobs and realtime modules.
 */
@Module({})
export class PrivacyModule {
  static forRoot(): DynamicModule {
    return { module: PrivacyModule, global: true, providers: SERVICES, exports: SERVICES };
  }
}
