// Field types shared by every request schema, so one rule holds everywhere (issue 11): a date is a
// real calendar day in a sensible range, in bodies, query filters and search criteria alike.
import { z } from '@hono/zod-openapi';
import { EERSTE_JAAR, isKalenderdatum, LAATSTE_JAAR } from '../domain/kalender.js';

export const DATUM_MELDING = `Geef een bestaande datum als JJJJ-MM-DD tussen ${EERSTE_JAAR}-01-01 en ${LAATSTE_JAAR}-12-31.`;

/**
 * A civil date (YYYY-MM-DD, OpenAPI `format: date`). Year 0000 used to reach PostgreSQL and end in
 * a 500 (22008); 30 February and years outside EERSTE_JAAR–LAATSTE_JAAR are refused here with the
 * range in the message.
 */
export const datum = () => z.string().superRefine((waarde, ctx) => {
  if (!isKalenderdatum(waarde)) ctx.addIssue({ code: 'invalid_format', format: 'date', message: DATUM_MELDING, input: waarde });
}).openapi({ format: 'date', example: '2026-11-20' });
