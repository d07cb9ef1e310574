import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.conferTestPostgres;
  if (!server) return;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE $1 || '%'",
    [process.env.CONFER_TEST_TEMPLATE],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await admin.end();
  await server.stop();
}
