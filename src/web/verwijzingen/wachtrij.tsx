// Verwijzingen (issue 15): the receiving organisation's queue — open first, then oldest first, overdue
// marked — exactly the API's queue (wachtrij in verwijzingen.service.ts, docs/beslissingen/0017-verwijzing-en-opvang.md). Each row
// opens the referral's page, where it is accepted or refused, placed and ended.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { urgenties, verwijzingDoelen, verwijzingStatussen } from '../../domain/labels.js';
import type { Urgentie, VerwijzingDoel, VerwijzingStatus } from '../../domain/verwijzing.js';
import { achterstalligVoor, wachtrij } from '../../modules/verwijzingen/verwijzingen.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { tijdstipTekst } from '../opmaak/tekst.js';
import { pagina, useCase, verwerkt } from '../pagina.js';
import { verwijzingRoutes } from './verwijzing.js';

const MAX_RIJEN = 200;

async function toonWachtrij(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const ctx = useCase(c, 'verwijzingen.lezen');
  const rijen = (await wachtrij(ctx, {}, MAX_RIJEN)).slice(0, MAX_RIJEN);
  verwerkt(c, 'verwijzingen.lezen', rijen.map((r) => r.verwijzing.dossierId));
  const open = rijen.filter((r) => r.verwijzing.status === 'open').length;
  return toon(c, (
    <Layout titel="Verwijzingen" sessie={sessie} menu="verwijzingen">
      <Kop>Verwijzingen</Kop>
      <Alinea>De verwijzingen aan {sessie.principal.organisatieNaam}: eerst de open verwijzingen (de oudste bovenaan), dan de rest. {open === 1 ? 'Er wacht 1 verwijzing op uw antwoord.' : `Er wachten ${open} verwijzingen op uw antwoord.`}</Alinea>
      <Tabel bijschrift="Verwijzingen aan uw organisatie, open eerst" koppen={['Verwijzing', 'Doel', 'Urgentie', 'Verwezen op', 'Stand']}
        leeg="Er zijn geen verwijzingen aan uw organisatie."
        rijen={rijen.map(({ verwijzing: v, dossiernummer }) => {
          const achterstallig = achterstalligVoor(ctx, v);
          return [
            <a class="nl-link" href={`/verwijzingen/${v.id}`}>{dossiernummer}</a>,
            verwijzingDoelen[v.doel as VerwijzingDoel], urgenties[v.urgentie as Urgentie], tijdstipTekst(v.tijdstipVerwezen),
            achterstallig
              ? <span class="nrm-label nrm-label--let-op">Achterstallig: {verwijzingStatussen.open.toLowerCase()}</span>
              : <span class="nrm-label">{verwijzingStatussen[v.status as VerwijzingStatus]}</span>,
          ];
        })} />
    </Layout>
  ));
}

export const verwijzingenRoutes = new Hono<WebEnv>()
  .get('/verwijzingen', pagina('verwijzingen.lezen'), (c) => toonWachtrij(c))
  .route('/', verwijzingRoutes);
