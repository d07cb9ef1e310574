export { PrivacyModule } from './privacy.module.js';
export { DataExport, EXPORT_FORMAT, EXPORT_LIMITS, withoutCodes } from './data-export.service.js';
export { AccountErasure, erasedEmail } from './account-erasure.service.js';
export { Consents } from './consents.service.js';
export { RetentionSweep, RETENTION_DAYS, RETENTION_SWEEP_JOB } from './retention.js';
