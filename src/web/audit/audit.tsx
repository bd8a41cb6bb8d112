// Auditor (issue 15; docs/architectuur.md §4, the audit chain): per dossier the audit trail (lijstAuditregels) and the processing
// log (verwerkingenVanDossier) — who, when, why — and the verification of the audit chains
// (verifieerAuditregels) with its findings. The dossier is chosen by its id in the query string, as
// in GET /v1/auditregels?dossierId=: the auditor's power covers every dossier (permissiematrix
// auditregels.lezen), and an auditor never opens the dossier itself.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { rollen, type Rol } from '../../domain/catalogus.js';
import { lijstAuditregels, verifieerAuditregels } from '../../modules/auditregels/auditregels.service.js';
import { lijstOrganisaties } from '../../modules/organisaties/organisaties.service.js';
import { verwerkingenVanDossier } from '../../modules/verwerkingen/verwerkingen.service.js';
import { isUuid } from '../../access/dossiertoegang.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Formulier, Foutoverzicht, Gegevens, Kop, Knop, Knoppen, Melding, Tabel, Tekstveld } from '../opmaak/componenten.js';
import type { Fouten } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { tijdstipTekst } from '../opmaak/tekst.js';
import { mag, pagina, useCase } from '../pagina.js';

const MAX_REGELS = 1000;

/** An audit action in words: 'kennisgeving.gelezen' → 'Kennisgeving gelezen' (the actions are Dutch). */
export function actieTekst(actie: string): string {
  const t = actie.replace(/[._]/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const rolTekst = (rol: string | null) => (rol ? (rollen as Record<string, string>)[rol as Rol] ?? (rol === 'systeem' ? 'Systeem' : rol === 'beheer-cli' ? 'Beheer (opdrachtregel)' : rol) : '—');

async function auditPagina(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const dossierId = (c.req.query('dossierId') ?? '').trim();
  const fouten: Fouten = {};
  if (dossierId && !isUuid(dossierId)) fouten.dossierId = 'Vul een geldig dossier-id in (36 tekens, bijvoorbeeld 2f0c1a9e-…).';
  const zoek = dossierId && !fouten.dossierId;
  const regels = zoek ? (await lijstAuditregels(useCase(c, 'auditregels.lezen'), { dossierId }, MAX_REGELS)).slice(0, MAX_REGELS) : [];
  const verwerkingen = zoek && mag(c, 'verwerkingen.lezen') ? await verwerkingenVanDossier(useCase(c, 'verwerkingen.lezen'), dossierId) : [];
  const namen = new Map((await lijstOrganisaties(c.var.deps.db)).map((o) => [o.id, o.naam]));
  return toon(c, (
    <Layout titel="Audit" sessie={sessie} menu="audit" fout={Object.keys(fouten).length > 0}>
      <Kop>Audit</Kop>
      <Alinea>De audittrail en het logboek van dataverwerkingen van één dossier: wie deed wat, wanneer en waarom. Bijvoorbeeld voor een inzageverzoek (art. 15 AVG).</Alinea>
      {mag(c, 'auditregels.verifieren') ? <Alinea><a class="nl-link" href="/audit/verificatie">Ketens van de audittrail controleren</a></Alinea> : null}
      <Foutoverzicht fouten={fouten} labels={{ dossierId: 'Dossier-id' }} />
      <form method="get" action="/audit" aria-label="Dossier kiezen" novalidate>
        <Tekstveld naam="dossierId" label="Dossier-id" verplicht breedte="midden" waarde={dossierId} fout={fouten.dossierId}
          beschrijving="Het id van het dossier, uit het verzoek of uit een eerdere auditregel." />
        <Knoppen><Knop soort="secundair">Tonen</Knop></Knoppen>
      </form>
      {zoek ? (
        <>
          <section class="nrm-sectie" aria-labelledby="audittrail-kop">
            <Kop niveau={2} id="audittrail-kop">Audittrail ({regels.length === 1 ? '1 regel' : `${regels.length} regels`})</Kop>
            <Tabel bijschrift="Auditregels van het dossier, oudste eerst" koppen={['Tijdstip', 'Handeling', 'Organisatie', 'Rol', 'Resultaat']}
              leeg="Geen auditregels voor dit dossier."
              rijen={regels.map((r) => [
                tijdstipTekst(r.tijdstip), actieTekst(r.actie), r.organisatieId ? namen.get(r.organisatieId) ?? '—' : 'De NRM-service', rolTekst(r.rol), actieTekst(r.resultaat),
              ])} />
          </section>
          <section class="nrm-sectie" aria-labelledby="verwerkingen-kop">
            <Kop niveau={2} id="verwerkingen-kop">Logboek dataverwerkingen ({verwerkingen.length === 1 ? '1 verwerking' : `${verwerkingen.length} verwerkingen`})</Kop>
            <Tabel bijschrift="Verwerkingen van de gegevens van het dossier, oudste eerst" koppen={['Tijdstip', 'Organisatie', 'Rol', 'Verwerking', 'Doel', 'Rechtsgrond']}
              leeg="Geen verwerkingen vastgelegd voor dit dossier."
              rijen={verwerkingen.map((v) => [tijdstipTekst(v.tijdstip), v.organisatieNaam ?? '—', rolTekst(v.rol), v.verwerkingsactiviteit, v.doel, v.rechtsgrond])} />
          </section>
        </>
      ) : null}
    </Layout>
  ));
}

async function verificatiePagina(c: Context<WebEnv>, uitslag?: Awaited<ReturnType<typeof verifieerAuditregels>>) {
  const sessie = c.var.sessie!;
  return toon(c, (
    <Layout titel="Controle van de audittrail" sessie={sessie} menu="audit">
      <Kop>Controle van de audittrail</Kop>
      <Alinea>De controle rekent elke hashketen opnieuw na met de auditsleutel en vergelijkt haar met de ankers buiten de database. Een gewijzigde, ingevoegde of verwijderde regel wordt gemeld.</Alinea>
      <Formulier actie="/audit/verificatie" csrf={sessie.csrfToken} label="Ketens controleren">
        <Knoppen><Knop>Ketens controleren</Knop></Knoppen>
      </Formulier>
      {uitslag ? (
        <section class="nrm-sectie" aria-labelledby="uitslag-kop">
          <Kop niveau={2} id="uitslag-kop">Uitslag</Kop>
          {uitslag.geldig
            ? <Melding soort="ok" rol="status" titel="Alle ketens zijn in orde">Geen bevindingen.</Melding>
            : <Melding soort="error" rol="alert" titel={`${uitslag.bevindingen.length} bevinding(en)`}>De audittrail is niet meer zoals zij is vastgelegd. Meld dit direct bij de functioneel beheerder en de FG.</Melding>}
          <Gegevens rijen={[
            ['Gecontroleerde regels', String(uitslag.gecontroleerd)], ['Ketens', String(uitslag.ketens)],
            ['Ankers buiten de database', uitslag.anker ? `${uitslag.anker.aantal}, het laatste van ${tijdstipTekst(uitslag.anker.laatsteTijdstip)}` : 'Nog geen'],
          ]} />
          {uitslag.waarschuwingen.length > 0 ? (
            <Melding soort="warning" titel="Waarschuwingen"><ul class="utrecht-unordered-list">{uitslag.waarschuwingen.map((w) => <li>{w}</li>)}</ul></Melding>
          ) : null}
          <Tabel bijschrift="Bevindingen" koppen={['Keten', 'Positie', 'Bevinding']} leeg="Geen bevindingen."
            rijen={uitslag.bevindingen.map((b) => [b.keten ?? 'De hele audittrail', b.positie === null ? '—' : String(b.positie), b.probleem])} />
        </section>
      ) : null}
    </Layout>
  ));
}

export const auditRoutes = new Hono<WebEnv>()
  .get('/audit', pagina('auditregels.lezen'), (c) => auditPagina(c))
  .get('/audit/verificatie', pagina('auditregels.verifieren'), (c) => verificatiePagina(c))
  // A POST, though it changes nothing: a full verification reads every row, and a link or a
  // prefetch must not start it.
  .post('/audit/verificatie', pagina('auditregels.verifieren'), async (c) => verificatiePagina(c, await verifieerAuditregels(useCase(c, 'auditregels.verifieren'))));
