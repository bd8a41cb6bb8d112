// A request that must be refused: problem details, the expected status, and nothing written.
import { expect } from 'vitest';
import type { Antwoord, TestApp } from './harness.js';

export type Opties = Parameters<TestApp['verzoek']>[2];

export async function geweigerd(t: TestApp, methode: string, pad: string, opties: Opties, status: number): Promise<Antwoord> {
  const voor = await t.tabeltellingen();
  const r = await t.verzoek(methode, pad, opties);
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(await t.tabeltellingen()).toEqual(voor);
  return r;
}

/** The names in a 400's invalidParams, sorted. */
export const ongeldigeNamen = (r: { body: { invalidParams: Array<{ name: string }> } }) => r.body.invalidParams.map((p) => p.name).sort();
