import { Report } from './report.entity.js';

export { ModerationModule } from './moderation.module.js';
export { Report, ReportAction, ReportStatus, ReportSubject } from './report.entity.js';
export { ReportService, REPORT_LIMITS, type ReportInput } from './report.service.js';
export { SuspensionService } from './suspension.service.js';

export const MODERATION_ENTITIES = [Report];
