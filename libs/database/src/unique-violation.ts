import { QueryFailedError } from 'typeorm';

/**
 * True when `error` is PostgreSQL's unique_violation (23505), optionally on the named constraint or index, whether
 * it came through TypeORM (QueryFailedError) or straight from the driver (a prepared statement).
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as
    { code?: string; constraint?: string } | null | undefined;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
