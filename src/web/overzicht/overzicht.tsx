// Overzicht (issue 15): the care coordinator's (and shelter's) overview in the order of attention —
// the API's zorgoverzicht use case (issue 7): overdue answers first, then bedenktijden that end soon,
// then accepted referrals without a placement, then the rest; and the own locations' free places.
// Pseudonymous: dossier numbers only.
import { Hono } from 'hono';
import { bedenktijdStatussen, aandachtspunten, verwijzingDoelen, verwijzingStatussen, urgenties } from '../../domain/labels.js';
import { zorgoverzicht } from '../../modules/zorgoverzicht/zorgoverzicht.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';
import { datumTekst } from '../opmaak/tekst.js';
import { pagina, useCase, verwerkt } from '../pagina.js';
import { Bezetting } from '../locaties/bezetting.js';
import { Termijn } from '../werk/werk.js';

export const overzichtRoutes = new Hono<WebEnv>().get('/overzicht', pagina('zorgoverzicht.lezen'), async (c) => {
  const sessie = c.var.sessie!;
  const o = await zorgoverzicht(useCase(c, 'zorgoverzicht.lezen'));
  verwerkt(c, 'zorgoverzicht.lezen', o.verwijzingen.map((v) => v.dossierId));
  return toon(c, (
    <Layout titel="Overzicht" sessie={sessie} menu="overzicht">
      <Kop>Overzicht</Kop>
      <Alinea>De open en aanvaarde verwijzingen aan {sessie.principal.organisatieNaam}, in de volgorde van aandacht: eerst achterstallige antwoorden, dan bedenktijden die binnenkort eindigen, dan aanvaarde verwijzingen zonder plaatsing. Peildatum {datumTekst(o.peildatum)}.</Alinea>
      <Tabel bijschrift="Verwijzingen in de volgorde van aandacht" koppen={['Verwijzing', 'Aandacht', 'Doel en urgentie', 'Stand', 'Plaatsing', 'Bedenktijd']}
        leeg="Geen open of aanvaarde verwijzingen."
        rijen={o.verwijzingen.map((v) => [
          <a class="nl-link" href={`/verwijzingen/${v.verwijzingId}`}>{v.dossiernummer}</a>,
          v.aandacht ? <span class="nrm-label nrm-label--let-op">{aandachtspunten[v.aandacht]}</span> : 'Geen actie nodig',
          `${verwijzingDoelen[v.doel]} (${urgenties[v.urgentie].toLowerCase()})`,
          verwijzingStatussen[v.status],
          v.plaatsing ? `${v.plaatsing.opvanglocatieNaam}, sinds ${datumTekst(v.plaatsing.startdatum)}` : 'Niet geplaatst',
          v.bedenktijd
            ? (v.bedenktijd.status === 'lopend' && v.bedenktijd.uiterlijkeEinddatum
              ? <>Loopt tot en met {datumTekst(v.bedenktijd.uiterlijkeEinddatum)}: <Termijn vandaag={o.peildatum} einddatum={v.bedenktijd.uiterlijkeEinddatum} /></>
              : bedenktijdStatussen[v.bedenktijd.status])
            : 'Geen',
        ])} />
      {o.opvanglocaties.length > 0 ? (
        <section class="nrm-sectie" aria-labelledby="eigen-locaties-kop">
          <Kop niveau={2} id="eigen-locaties-kop">Uw opvanglocaties</Kop>
          <Tabel bijschrift="Uw opvanglocaties met vrije plaatsen" koppen={['Locatie', 'Bezetting en vrije plaatsen']} leeg=""
            rijen={o.opvanglocaties.map((l) => [l.naam, <Bezetting naam={l.naam} capaciteit={l.capaciteit} bezetting={l.bezetting} />])} />
        </section>
      ) : null}
    </Layout>
  ));
});
