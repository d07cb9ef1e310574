import { AuditEntry } from './audit-entry.entity.js';

export { AuditEntry } from './audit-entry.entity.js';
export { AuditLog, type AuditRecord } from './audit-log.js';
export { AuditModule } from './audit.module.js';

export const AUDIT_ENTITIES = [AuditEntry];
