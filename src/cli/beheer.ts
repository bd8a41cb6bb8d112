// Operator tool: organisations, API keys, background jobs and audit verification, run as
// `npm run beheer -- <opdracht> [opties]`. Organisations and keys are deliberately not managed over
// HTTP (docs/architectuur.md §3); whoever can run this has database access anyway. This is an entry file, so
// it may read the environment and the real clock; the logic is in voerUit so tests can call it.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import { parseConfig, type Config } from '../config.js';
import { randomIds, systemClock, type Logger } from '../context.js';
import type { Database, Db } from '../db/client.js';
import { DatabaseInGebruik } from '../db/ingebouwd.js';
import { openDatabase as openDatabaseVoor } from '../db/openen.js';
import { migrate } from '../db/migrate.js';
import { apiSleutels, organisaties } from '../db/schema.js';
import { lijstSleutels, maakOrganisatie, maakSleutel, OngeldigeRol, trekSleutelIn } from '../beheer/beheer.js';
import { ankerPad, veranker } from '../audit/anker.js';
import { auditSleutels } from '../audit/sleutels.js';
import { controleerAudittrail } from '../audit/verificatie.js';
import { voerJobsUit } from '../jobs/index.js';
import { ORGANISATIE_TYPEN, ROLLEN, type OrganisatieType, type Rol } from '../domain/catalogus.js';

export interface Uitvoer { log(s: string): void; fout(s: string): void }

const GEBRUIK = `NRM beheer — organisaties, API-sleutels, jobs en auditcontrole.

Gebruik: npm run -s beheer -- <opdracht> [opties]
(-s laat npm zijn eigen regels weglaten, zodat stdout alleen JSON bevat.)

Opdrachten:
  organisatie-aanmaken --naam "<naam>" --type <type>
      Maakt een organisatie. Types: ${ORGANISATIE_TYPEN.join(', ')}.
  organisaties
      Toont alle organisaties (id, naam, type).
  sleutel-aanmaken --organisatie <id of exacte naam> --rol <rol> [--omschrijving "<tekst>"] [--gecertificeerd]
      Maakt een API-sleutel voor een rol die bij het organisatietype past.
      --gecertificeerd (alleen intaker): de houder is gecertificeerd intaker mensenhandel en mag een
      beoordeling met informatief gesprek vastleggen.
      De sleutel wordt maar één keer getoond: bewaar hem direct op een veilige plek.
      Rollen: ${ROLLEN.join(', ')}.
  sleutels [--organisatie <id of exacte naam>]
      Toont de API-sleutels (nooit de sleutel of de hash).
  sleutel-intrekken --id <sleutelId>
      Trekt een API-sleutel in; hij werkt daarna direct niet meer.
  jobs-uitvoeren
      Voert alle achtergrondjobs één keer uit en toont het rapport per job.
      Exitcode 1 als een job mislukte.
  audit-verify
      Controleert de hashketens van het auditlog met AUDIT_SLEUTEL en vergelijkt ze met de
      ankers in AUDIT_ANKER_PAD: gewijzigde, verwijderde of ingevoegde regels, teruggedraaide
      en verwijderde ketens, een ingekorte audittrail.
      Exitcode 0 zonder bevindingen, 2 als er bevindingen zijn.
  audit-anker [--volledig]
      Schrijft een ondertekend anker van de ketens die sinds het vorige anker veranderden
      (--volledig: van alle ketens) naar AUDIT_ANKER_PAD en AUDIT_ANKER_URL, en toont de
      publieke sleutel waarmee een tweede partij de ankers controleert.
      De achtergrondjob doet hetzelfde bij elke run.
  help
      Toont deze tekst.

Database: DATABASE_URL (PostgreSQL), anders de ingebouwde database (PGlite) van de server in
DATA_DIR/pglite (DATA_DIR standaard ./data). Die staat maar één proces tegelijk toe: draait de
server op dezelfde DATA_DIR, stop hem dan eerst (exitcode 3 en een melding als hij nog draait).
Bij elke opdracht worden eerst de migraties toegepast.`;

/** Misuse by the operator: a Dutch message on stderr and exit code 1, no stack trace. */
class Gebruiksfout extends Error {}

// A boolean option arrives as 'ja' when given, absent otherwise.
type OptieDefinities = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Opties = Record<string, string | undefined>;

interface Omgeving { db: Db; config: Config; opties: Opties; uitvoer: Uitvoer; logger: Logger }

interface Opdracht {
  opties: OptieDefinities;
  verplicht?: string[];
  uitvoeren(o: Omgeving): Promise<number>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const deps = (o: Omgeving) => ({ db: o.db, clock: systemClock, ids: randomIds, config: o.config, logger: o.logger });
const json = (uitvoer: Uitvoer, waarde: unknown) => uitvoer.log(JSON.stringify(waarde, null, 2));

/** An organisation by id or by exact name: operators know names, scripts keep ids. */
async function vindOrganisatie(db: Db, idOfNaam: string) {
  if (UUID.test(idOfNaam)) {
    const [opId] = await db.select().from(organisaties).where(eq(organisaties.id, idOfNaam.toLowerCase()));
    if (opId) return opId;
  }
  const [opNaam] = await db.select().from(organisaties).where(eq(organisaties.naam, idOfNaam));
  if (opNaam) return opNaam;
  throw new Gebruiksfout(`Organisatie "${idOfNaam}" bestaat niet. Gebruik een id of de exacte naam uit \`npm run beheer -- organisaties\`.`);
}

const opdrachten: Record<string, Opdracht> = {
  'organisatie-aanmaken': {
    opties: { naam: { type: 'string' }, type: { type: 'string' } },
    verplicht: ['naam', 'type'],
    async uitvoeren(o) {
      const naam = o.opties.naam!.trim();
      const type = o.opties.type!;
      if (!naam) throw new Gebruiksfout('De naam mag niet leeg zijn.');
      if (!(ORGANISATIE_TYPEN as readonly string[]).includes(type)) {
        throw new Gebruiksfout(`Onbekend organisatietype "${type}". Kies uit: ${ORGANISATIE_TYPEN.join(', ')}.`);
      }
      // Checked first for a clear message; the unique index still guards a concurrent run.
      const [bestaand] = await o.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.naam, naam));
      if (bestaand) throw new Gebruiksfout(`Er bestaat al een organisatie met de naam "${naam}" (id ${bestaand.id}).`);
      const org = await maakOrganisatie(deps(o), naam, type as OrganisatieType);
      json(o.uitvoer, { id: org.id, naam: org.naam, type: org.type, tijdstipAangemaakt: org.tijdstipAangemaakt });
      return 0;
    },
  },

  organisaties: {
    opties: {},
    async uitvoeren(o) {
      const rijen = await o.db.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type })
        .from(organisaties).orderBy(asc(organisaties.naam), asc(organisaties.id));
      json(o.uitvoer, { organisaties: rijen });
      return 0;
    },
  },

  'sleutel-aanmaken': {
    opties: { organisatie: { type: 'string' }, rol: { type: 'string' }, omschrijving: { type: 'string' }, gecertificeerd: { type: 'boolean' } },
    verplicht: ['organisatie', 'rol'],
    async uitvoeren(o) {
      const rol = o.opties.rol!;
      if (!(ROLLEN as readonly string[]).includes(rol)) {
        throw new Gebruiksfout(`Onbekende rol "${rol}". Kies uit: ${ROLLEN.join(', ')}.`);
      }
      const org = await vindOrganisatie(o.db, o.opties.organisatie!);
      try {
        const gecertificeerd = o.opties.gecertificeerd === 'ja';
        const { id, sleutel } = await maakSleutel(deps(o), org.id, rol as Rol, o.opties.omschrijving, { gecertificeerd });
        json(o.uitvoer, {
          id, organisatieId: org.id, organisatie: org.naam, rol, omschrijving: o.opties.omschrijving ?? null, gecertificeerd, sleutel,
          waarschuwing: 'Deze sleutel wordt maar één keer getoond; alleen de hash wordt bewaard. Bewaar hem nu op een veilige plek.',
        });
        o.uitvoer.fout('Let op: de sleutel hierboven wordt maar één keer getoond en is daarna niet meer op te vragen.');
        return 0;
      } catch (err) {
        if (err instanceof OngeldigeRol) throw new Gebruiksfout(err.message);
        throw err;
      }
    },
  },

  sleutels: {
    opties: { organisatie: { type: 'string' } },
    async uitvoeren(o) {
      const org = o.opties.organisatie !== undefined ? await vindOrganisatie(o.db, o.opties.organisatie) : undefined;
      const rijen = await lijstSleutels(o.db, org?.id);
      json(o.uitvoer, { sleutels: rijen });
      return 0;
    },
  },

  'sleutel-intrekken': {
    opties: { id: { type: 'string' } },
    verplicht: ['id'],
    async uitvoeren(o) {
      const id = o.opties.id!;
      // Checked before querying: PostgreSQL rejects a malformed uuid with an SQL error.
      if (!UUID.test(id)) throw new Gebruiksfout(`"${id}" is geen geldig sleutel-id (uuid); zie \`npm run beheer -- sleutels\`.`);
      const sleutelId = id.toLowerCase();
      const ingetrokken = await trekSleutelIn(deps(o), sleutelId);
      const [rij] = await o.db.select({ id: apiSleutels.id, tijdstipIngetrokken: apiSleutels.tijdstipIngetrokken })
        .from(apiSleutels).where(eq(apiSleutels.id, sleutelId));
      if (!rij) throw new Gebruiksfout(`Sleutel ${sleutelId} bestaat niet; zie \`npm run beheer -- sleutels\`.`);
      // Revoking twice is harmless (the goal is reached), so it is reported, not refused.
      json(o.uitvoer, { id: rij.id, tijdstipIngetrokken: rij.tijdstipIngetrokken, alEerderIngetrokken: !ingetrokken });
      return 0;
    },
  },

  'jobs-uitvoeren': {
    opties: {},
    async uitvoeren(o) {
      const rapport = await voerJobsUit(deps(o));
      json(o.uitvoer, rapport);
      const mislukt = Object.entries(rapport)
        .filter(([, r]) => typeof r === 'object' && r !== null && 'fout' in r).map(([naam]) => naam);
      if (mislukt.length === 0) return 0;
      o.uitvoer.fout(`Mislukte job(s): ${mislukt.join(', ')}.`);
      return 1;
    },
  },

  'audit-verify': {
    opties: {},
    async uitvoeren(o) {
      const uitkomst = await controleerAudittrail(o.db, o.config);
      json(o.uitvoer, uitkomst);
      for (const w of uitkomst.waarschuwingen) o.uitvoer.fout(`Waarschuwing: ${w}`);
      if (uitkomst.bevindingen.length === 0) return 0;
      o.uitvoer.fout(`Auditlog niet intact: ${uitkomst.bevindingen.length} bevinding(en). Zie de bevindingen hierboven.`);
      return 2;
    },
  },

  'audit-anker': {
    opties: { volledig: { type: 'boolean' } },
    async uitvoeren(o) {
      const rapport = await veranker(deps(o), { volledig: o.opties.volledig === 'ja' });
      const sleutel = auditSleutels(o.config).huidig;
      json(o.uitvoer, { ...rapport, bestand: ankerPad(o.config), ketensleutel: sleutel.id, publiekeSleutel: sleutel.publiekeSleutelPem() });
      return 0;
    },
  },
};

/** parseArgs reports in English; operators get Dutch, with the offending option kept. */
function optieFout(opdracht: string, err: unknown): Gebruiksfout {
  const code = (err as { code?: string }).code;
  const bericht = err instanceof Error ? err.message : String(err);
  const genoemd = /'([^']+)'/.exec(bericht)?.[1];
  const wat = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `Onbekende optie ${genoemd ?? ''}`
    : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `Optie ${genoemd ?? ''} heeft een waarde nodig`
    : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `Onverwacht argument ${genoemd ?? ''}`
    : `Ongeldige opties (${bericht})`;
  return new Gebruiksfout(`${wat.trimEnd()} bij "${opdracht}". Zie \`npm run beheer -- help\`.`);
}

function cliLogger(uitvoer: Uitvoer, niveau: Config['LOG_LEVEL']): Logger {
  const volgorde = ['debug', 'info', 'warn', 'error', 'fatal'];
  const drempel = niveau === 'silent' ? Infinity : volgorde.indexOf(niveau);
  // Log lines go to stderr so stdout stays one JSON document that scripts can parse.
  const schrijf = (n: string) => (obj: Record<string, unknown>, msg?: string) => {
    if (volgorde.indexOf(n) >= drempel) uitvoer.fout(JSON.stringify({ niveau: n, ...obj, ...(msg ? { msg } : {}) }));
  };
  return { info: schrijf('info'), warn: schrijf('warn'), error: schrijf('error') };
}

async function openDatabase(config: Config): Promise<Database> {
  // The same database as the server (src/db/openen.ts): DATA_DIR/pglite, never while the server
  // holds it. Two connections on PostgreSQL: migrate() holds its advisory lock on a reserved one.
  return openDatabaseVoor(config, 'beheer', { max: 2 });
}

export async function voerUit(argv: string[], env: Record<string, string | undefined>, uitvoer: Uitvoer): Promise<number> {
  const [naam, ...rest] = argv;
  if (naam === undefined || naam === 'help' || naam === '--help' || naam === '-h') {
    uitvoer.log(GEBRUIK);
    return 0;
  }
  const opdracht = Object.hasOwn(opdrachten, naam) ? opdrachten[naam] : undefined;
  if (!opdracht) {
    uitvoer.fout(`Onbekende opdracht "${naam}". Kies uit: ${Object.keys(opdrachten).join(', ')}, help.`);
    return 1;
  }

  let database: Database | undefined;
  try {
    let opties: Opties;
    try {
      const waarden = parseArgs({ args: rest, options: opdracht.opties, strict: true, allowPositionals: false }).values;
      opties = Object.fromEntries(Object.entries(waarden).map(([k, v]) => [k, v === true ? 'ja' : v])) as Opties;
    } catch (err) {
      throw optieFout(naam, err);
    }
    const ontbrekend = (opdracht.verplicht ?? []).filter((o) => opties[o] === undefined);
    if (ontbrekend.length > 0) {
      throw new Gebruiksfout(`Ontbrekende optie(s) bij "${naam}": ${ontbrekend.map((o) => `--${o}`).join(', ')}. Zie \`npm run beheer -- help\`.`);
    }
    let config: Config;
    try {
      config = parseConfig(env);
    } catch (err) {
      throw new Gebruiksfout((err as Error).message);
    }
    database = await openDatabase(config);
    await migrate(database);
    return await opdracht.uitvoeren({ db: database.db, config, opties, uitvoer, logger: cliLogger(uitvoer, config.LOG_LEVEL) });
  } catch (err) {
    if (err instanceof Gebruiksfout) {
      uitvoer.fout(`Fout: ${err.message}`);
      return 1;
    }
    if (err instanceof DatabaseInGebruik) {
      uitvoer.fout(`Fout: ${err.message}`);
      return 3;
    }
    // Unexpected (database unreachable, …): the driver's message, not drizzle's, which repeats the SQL.
    const oorzaak = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    uitvoer.fout(`Onverwachte fout bij "${naam}": ${oorzaak instanceof Error ? oorzaak.message : String(oorzaak)}`);
    return 1;
  } finally {
    // PGlite must be closed or its data folder can be left inconsistent; postgres.js would keep the process alive.
    await database?.close();
  }
}

function isHoofdmodule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isHoofdmodule()) {
  const code = await voerUit(process.argv.slice(2), process.env, {
    log: (s) => process.stdout.write(`${s}\n`),
    fout: (s) => process.stderr.write(`${s}\n`),
  });
  // exitCode, not exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
}
