import { Report } from './report.entity.js';

export { Report, ReportAction, ReportStatus, ReportSubject } from './report.entity.js';

export const MODERATION_ENTITIES = [Report];
