// With TEST_DATABASE_URL: migrate one template database per run; every test file clones it
// (README.md "Tests and CI": one cloned database per test file). The template name is unique per run, so two
// runs against one server (two developers, or CI beside a developer) never touch each other's.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectPostgres } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext { templateDatabase: string }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const template = `nrm_test_tpl_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${template}"`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const db = await connectPostgres(templateUrl.toString(), { max: 2 });
  await migrate(db);
  await db.close();
  project.provide('templateDatabase', template);

  return async () => {
    const a = postgres(url, { max: 1, onnotice: () => {} });
    try { await a.unsafe(`drop database if exists "${template}" with (force)`); } finally { await a.end(); }
  };
}
