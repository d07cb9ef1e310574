import { AuditEntry } from './audit-entry.entity.js';

export { AuditEntry } from './audit-entry.entity.js';
export { AuditLog, type AuditRecord } from './audit-log.service.js';
export { AuditModule } from './audit.module.js';

export const AUDIT_ENTITIES = [AuditEntry];
