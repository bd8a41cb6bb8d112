// The embedded database (PGlite): where it lives and which process holds it. One place decides both,
// for the server (src/entry-node.ts) and the operator tool (src/cli/beheer.ts), so they can never open
// two different clusters. PGlite admits one process per data folder: a second process opening it
// would corrupt it or, worse, silently work on a copy. The holder writes a lock file beside it.
import { readFile, unlink, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The PGlite data folder inside DATA_DIR. */
export function ingebouwdeDatabaseMap(dataDir: string): string {
  return path.resolve(dataDir, 'pglite');
}

/** The lock file of the process that holds the embedded database. */
export function slotbestand(dataDir: string): string {
  return path.resolve(dataDir, 'pglite.lock');
}

export interface Houder {
  rol: 'server' | 'beheer';
  pid: number;
  tijdstipGestart: string;
  /** The HTTP port of a server, once it listens. */
  poort?: number;
  /** Start time of the process in clock ticks since boot (Linux), to tell a reused pid from the holder. */
  processtart?: string;
}

/** Another process holds the embedded database. */
export class DatabaseInGebruik extends Error {
  constructor(readonly dataDir: string, readonly houder: Houder) {
    super(beschrijfBezet(dataDir, houder));
  }
}

function beschrijfBezet(dataDir: string, h: Houder): string {
  const wie = h.rol === 'server'
    ? `de NRM-server (pid ${h.pid}${h.poort ? `, poort ${h.poort}` : ''}, gestart ${h.tijdstipGestart})`
    : `een andere beheeropdracht (pid ${h.pid}, gestart ${h.tijdstipGestart})`;
  const wat = h.rol === 'server'
    ? `Stop de server eerst (Ctrl-C in zijn terminal, of \`kill -TERM ${h.pid}\`) en voer de opdracht daarna opnieuw uit.`
    : 'Wacht tot die klaar is en probeer het opnieuw.';
  return `De ingebouwde database in ${path.resolve(dataDir)} is in gebruik door ${wie}. `
    + `PGlite staat maar één proces tegelijk toe. ${wat} `
    + 'Wilt u beheren terwijl de server draait, gebruik dan PostgreSQL: zet DATABASE_URL voor de server én voor `npm run beheer`.';
}

/** Field 22 of /proc/<pid>/stat (start time); undefined where /proc does not exist. */
function processtart(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function leeft(h: Houder): boolean {
  // Our own pid in the file is a leftover: after a restart in a container the server often gets the
  // same pid again, and this process has not taken the lock yet.
  if (h.pid === process.pid) return false;
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A live pid may belong to another program that reused it: compare the start times when we can.
  const nu = processtart(h.pid);
  return !(h.processtart && nu && nu !== h.processtart);
}

async function leesHouder(bestand: string): Promise<{ tekst: string; houder: Houder | null } | null> {
  try {
    const tekst = await readFile(bestand, 'utf8');
    try {
      const houder = JSON.parse(tekst) as Houder;
      return { tekst, houder: Number.isInteger(houder.pid) ? houder : null };
    } catch {
      return { tekst, houder: null };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export interface Slot {
  /** Records the port once the server listens, so the message to the operator can name it. */
  meldPoort(poort: number): Promise<void>;
  vrijgeven(): Promise<void>;
}

/**
 * Takes the embedded database of DATA_DIR for this process, or throws DatabaseInGebruik naming the
 * live process that holds it. A lock file left by a process that died (kill -9, power loss) is
 * taken over.
 */
export async function neemIngebouwdeDatabase(dataDir: string, rol: Houder['rol']): Promise<Slot> {
  await mkdir(path.resolve(dataDir), { recursive: true });
  const bestand = slotbestand(dataDir);
  const houder: Houder = { rol, pid: process.pid, tijdstipGestart: new Date().toISOString(), processtart: processtart('self') };
  for (let poging = 0; poging < 3; poging++) {
    try {
      await writeFile(bestand, `${JSON.stringify(houder)}\n`, { flag: 'wx', mode: 0o600 });
      let vrij = false;
      return {
        async meldPoort(poort) {
          houder.poort = poort;
          await writeFile(bestand, `${JSON.stringify(houder)}\n`, { mode: 0o600 });
        },
        async vrijgeven() {
          if (vrij) return;
          vrij = true;
          // Only our own file: never remove a lock another process took after ours was judged stale.
          const nu = await leesHouder(bestand);
          if (nu?.houder?.pid === process.pid) await unlink(bestand).catch(() => {});
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const bestaand = await leesHouder(bestand);
    if (!bestaand) continue; // released in the meantime
    if (bestaand.houder && leeft(bestaand.houder)) throw new DatabaseInGebruik(dataDir, bestaand.houder);
    // Stale: remove it, but only if it is still the file we judged (another process may have replaced it).
    const opnieuw = await leesHouder(bestand);
    if (opnieuw?.tekst === bestaand.tekst) await unlink(bestand).catch(() => {});
  }
  const laatste = await leesHouder(bestand);
  throw new DatabaseInGebruik(dataDir, laatste?.houder ?? { rol: 'beheer', pid: 0, tijdstipGestart: 'onbekend' });
}
