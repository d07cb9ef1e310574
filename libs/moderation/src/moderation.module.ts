import { Module, type DynamicModule } from '@nestjs/common';
import { ContentHider } from './content-hider.js';
import { ReportSubjects } from './report-subjects.js';
import { ReportService } from './report.service.js';
import { SuspensionService } from './suspension.service.js';

const SERVICES = [ReportSubjects, ContentHider, SuspensionService, ReportService];

/** Reports, hiding content, suspensions. Needs the discussions, events, groups, identity and audit modules. */
@Module({})
export class ModerationModule {
  static forRoot(): DynamicModule {
    return { module: ModerationModule, global: true, providers: SERVICES, exports: SERVICES };
  }
}
