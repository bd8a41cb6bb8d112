// Operator actions (CLI, demo seed, tests, and the beheerder's web page of issue 15): organisations
// and API keys. Not exposed over the API. `actor`: who is audited — the command-line tool by default,
// the signed-in beheerder when the web page calls.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../context.js';
import type { Db } from '../db/client.js';
import { apiSleutels, organisaties } from '../db/schema.js';
import { rollenPerOrganisatieType } from '../access/permissiematrix.js';
import { hashSleutel, nieuweSleutel, vergeetSleutel } from '../access/authenticatie.js';
import { schrijfAudit, systeemActor, type AuditActor } from '../audit/auditlog.js';
import type { Config } from '../config.js';
import type { OrganisatieType, Rol } from '../domain/catalogus.js';

interface Deps { db: Db; clock: Clock; ids: IdGenerator; config: Config }

const beheerActor = (config: Config) => systeemActor(config, 'beheer-cli');

export async function maakOrganisatie({ db, clock, ids, config }: Deps, naam: string, type: OrganisatieType, actor: AuditActor = beheerActor(config)) {
  const nu = clock.now();
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organisaties).values({ id: ids.uuid(), naam, type, tijdstipAangemaakt: nu }).returning();
    await schrijfAudit(tx, actor, nu, { actie: 'organisatie.aangemaakt', objectType: 'organisatie', objectId: org!.id });
    return org!;
  });
}

export class OngeldigeRol extends Error {}

/**
 * Creates a key for a role that fits the organisation's type; returns the key once, in plain text.
 * `gecertificeerd`: the holder is a certified trafficking intaker (docs/regels.md, R6) — intakers only.
 */
export async function maakSleutel({ db, clock, ids, config }: Deps, organisatieId: string, rol: Rol, omschrijving?: string, opties: { gecertificeerd?: boolean; actor?: AuditActor } = {}) {
  const [org] = await db.select().from(organisaties).where(eq(organisaties.id, organisatieId));
  if (!org) throw new OngeldigeRol(`Organisatie ${organisatieId} bestaat niet.`);
  const toegestaan = rollenPerOrganisatieType[org.type as OrganisatieType];
  if (!toegestaan.includes(rol)) {
    throw new OngeldigeRol(`Rol ${rol} past niet bij organisatietype ${org.type}; kies uit: ${toegestaan.join(', ')}.`);
  }
  const gecertificeerd = opties.gecertificeerd ?? false;
  if (gecertificeerd && rol !== 'intaker') {
    throw new OngeldigeRol(`Alleen een intaker kan gecertificeerd zijn (informatief gesprek en intake); de rol ${rol} niet.`);
  }
  const sleutel = nieuweSleutel();
  const nu = clock.now();
  const id = ids.uuid();
  await db.transaction(async (tx) => {
    await tx.insert(apiSleutels).values({ id, organisatieId, rol, hash: hashSleutel(sleutel), omschrijving, gecertificeerd, tijdstipAangemaakt: nu });
    await schrijfAudit(tx, opties.actor ?? beheerActor(config), nu, { actie: 'api_sleutel.aangemaakt', objectType: 'api_sleutel', objectId: id });
  });
  return { id, sleutel, organisatie: org };
}

export async function trekSleutelIn({ db, clock, config }: Deps, sleutelId: string, actor: AuditActor = beheerActor(config)): Promise<boolean> {
  const nu = clock.now();
  return db.transaction(async (tx) => {
    const rows = await tx.update(apiSleutels).set({ tijdstipIngetrokken: nu })
      .where(and(eq(apiSleutels.id, sleutelId), isNull(apiSleutels.tijdstipIngetrokken))).returning({ id: apiSleutels.id });
    if (rows.length > 0) await schrijfAudit(tx, actor, nu, { actie: 'api_sleutel.ingetrokken', objectType: 'api_sleutel', objectId: sleutelId });
    return rows.length > 0;
  }).finally(() => vergeetSleutel(db, sleutelId));
}

/** Every key (of one organisation), never its hash: a listing can end up in a terminal log or a ticket. */
export function lijstSleutels(db: Db, organisatieId?: string) {
  return db.select({
    id: apiSleutels.id, organisatieId: apiSleutels.organisatieId, organisatie: organisaties.naam,
    rol: apiSleutels.rol, omschrijving: apiSleutels.omschrijving, gecertificeerd: apiSleutels.gecertificeerd,
    tijdstipAangemaakt: apiSleutels.tijdstipAangemaakt, tijdstipIngetrokken: apiSleutels.tijdstipIngetrokken,
  }).from(apiSleutels)
    .innerJoin(organisaties, eq(organisaties.id, apiSleutels.organisatieId))
    .where(organisatieId ? eq(apiSleutels.organisatieId, organisatieId) : undefined)
    .orderBy(asc(organisaties.naam), asc(apiSleutels.tijdstipAangemaakt), asc(apiSleutels.id));
}
