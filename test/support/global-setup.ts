// With TEST_DATABASE_URL: migrate one template database once; every test file clones it
// (design.md §7: one cloned database per test file).
import postgres from 'postgres';
import { connectPostgres } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';

export const TEMPLATE_DB = 'nrm_test_template';

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const oud = await admin`select datname from pg_database where datname like 'nrm_test_%'`;
    for (const { datname } of oud) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const db = await connectPostgres(templateUrl.toString(), { max: 2 });
  await migrate(db);
  await db.close();
}
