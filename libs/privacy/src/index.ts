export { PrivacyModule } from './privacy.module.js';
export { DataExport, EXPORT_FORMAT, EXPORT_LIMITS, withoutCodes } from './data-export.js';
export { AccountErasure, erasedEmail } from './account-erasure.js';
export { Consents } from './consents.js';
export { RetentionSweep, RETENTION_DAYS, RETENTION_SWEEP_JOB } from './retention-sweep.js';
