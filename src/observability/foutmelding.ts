// Error text that is safe to log: never personal data, keys or SQL parameters (issue 6).
/**
 * The message of a failure, without personal data. Drizzle's own message repeats the SQL and its
 * parameters, so the driver's error underneath (`cause`) is used. A PostgreSQL data exception
 * (SQLSTATE class 22, e.g. `invalid input syntax for type integer: "<value>"`) quotes the offending
 * value, so for that class only the code is kept; for other errors only the error's class name.
 */
export function veiligeFoutmelding(err: unknown): string {
  const onderliggend = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (!(onderliggend instanceof Error)) return 'Onbekende fout';
  // Both postgres.js and PGlite give a server error its SQLSTATE `code` and a `severity`.
  const { code, severity } = onderliggend as { code?: unknown; severity?: unknown };
  if (typeof code !== 'string' || typeof severity !== 'string') return onderliggend.message;
  return code.startsWith('22') ? `Databasefout (SQLSTATE ${code})` : `Databasefout (SQLSTATE ${code}): ${onderliggend.message}`;
}
