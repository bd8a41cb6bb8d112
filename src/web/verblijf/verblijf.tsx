// IND (issue 15; README, "Criminal track, residence track and the timeline"): the worklist of residence permits and schrijnende paden that end
// within 30 days (the API's werklijst: only the current permit of a dossier, lapsed ones included),
// and recording a residence decision on a dossier — legVerblijfsbesluitVast with the API's schema, so
// the rules' refusals (a date in the future, a renewal without a running investigation, a Dublin
// claimant without the OM's declaration, …) are the service's own Dutch messages, at the field or
// above the form.
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  SCHRIJNEND_PAD_GRONDEN, schrijnendPadGrondLabels, VERBLIJFSBESLUIT_SOORTEN, verblijfsbesluitLabels, WERKLIJST_DAGEN, type VerblijfsbesluitSoort,
} from '../../domain/verblijf.js';
import { leesDossier } from '../../modules/dossiers/dossiers.service.js';
import { legVerblijfsbesluitVast, werklijst } from '../../modules/verblijfsbesluiten/verblijfsbesluiten.service.js';
import { VerblijfsbesluitVastleggenSchema } from '../../modules/verblijfsbesluiten/verblijfsbesluiten.schemas.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Datumveld, Keuzegroep, Kop, Tabel, Tekstvak } from '../opmaak/componenten.js';
import { lijst, ofNull, ofWeg, tekst, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { datumTekst, naarInvoerDatum, naarIsoDatum } from '../opmaak/tekst.js';
import { pagina, useCase, verwerkt } from '../pagina.js';
import { registreerActie } from '../dossier/actie.js';
import { Termijn, vandaag } from '../werk/werk.js';

const MAX_RIJEN = 200;
const datum = (w: Waarden, naam: string) => { const t = ofWeg(w, naam); return t === undefined ? undefined : naarIsoDatum(t); };

async function toonWerklijst(c: Context<WebEnv>) {
  const sessie = c.var.sessie!;
  const dag = vandaag(c);
  const rijen = (await werklijst(useCase(c, 'verblijf.werklijst'), undefined, MAX_RIJEN)).slice(0, MAX_RIJEN);
  verwerkt(c, 'verblijf.werklijst', rijen.map((r) => r.besluit.dossierId));
  return toon(c, (
    <Layout titel="Verblijf" sessie={sessie} menu="verblijf">
      <Kop>Verblijfsvergunningen die binnen {WERKLIJST_DAGEN} dagen eindigen</Kop>
      <Alinea>De geldende vergunningen en schrijnende paden die uiterlijk over {WERKLIJST_DAGEN} dagen eindigen, de eerstvolgende bovenaan. Een vergunning die al verliep zonder nieuw besluit blijft op de lijst.</Alinea>
      <Tabel bijschrift={`Vergunningen die binnen ${WERKLIJST_DAGEN} dagen eindigen`} koppen={['Dossier', 'Besluit', 'Geldig tot en met', 'Resterend', '']}
        leeg={`Geen vergunningen die binnen ${WERKLIJST_DAGEN} dagen eindigen.`}
        rijen={rijen.map(({ besluit: b, dossiernummer }) => [
          <a class="nl-link" href={`/dossiers/${b.dossierId}#verblijf`}>{dossiernummer}</a>,
          verblijfsbesluitLabels[b.soort as VerblijfsbesluitSoort], datumTekst(b.geldigTot), <Termijn vandaag={dag} einddatum={b.geldigTot!} />,
          <a class="nl-link" href={`/dossiers/${b.dossierId}/verblijfsbesluiten/nieuw`}>Besluit vastleggen<span class="nrm-verborgen"> voor {dossiernummer}</span></a>,
        ])} />
    </Layout>
  ));
}

export const verblijfRoutes = new Hono<WebEnv>().get('/verblijf', pagina('verblijf.werklijst'), (c) => toonWerklijst(c));

registreerActie<typeof VerblijfsbesluitVastleggenSchema, { dossierId: string }>(verblijfRoutes, {
  pad: '/dossiers/:dossierId/verblijfsbesluiten/nieuw', permissie: 'verblijf.vastleggen', titel: 'Verblijfsbesluit vastleggen', gedaan: 'verblijf', sectie: 'verblijf', knop: 'Besluit opslaan',
  uitleg: 'Een verblijfsbesluit verandert de identificatiestatus niet. Een vergunning of verlenging geldt één jaar (B8/3 Vc 2000).',
  laad: async (c) => {
    const d = await leesDossier(useCase(c, 'dossiers.lezen'), c.req.param('dossierId') ?? '');
    return { dossierId: d.id, dossiernummer: d.dossiernummer };
  },
  deel: () => ({
    velden: ['soort', 'datum', 'geldigTot', 'gronden', 'toelichting'],
    labels: { soort: 'Besluit', datum: 'Datum', geldigTot: 'Geldig tot en met', gronden: 'Gronden', toelichting: 'Toelichting' },
    schema: VerblijfsbesluitVastleggenSchema,
    lees: (w: Waarden) => ({ soort: ofWeg(w, 'soort'), datum: datum(w, 'datum'), geldigTot: datum(w, 'geldigTot') ?? null, gronden: lijst(w, 'gronden'), toelichting: ofNull(w, 'toelichting') }),
  }),
  standaard: (c) => ({ datum: naarInvoerDatum(vandaag(c)) }),
  Velden: ({ w, f }) => (
    <>
      <Keuzegroep soort="radio" naam="soort" label="Besluit" verplicht fout={f.soort} waarden={[tekst(w, 'soort')]}
        keuzes={VERBLIJFSBESLUIT_SOORTEN.map((s) => ({ waarde: s, label: verblijfsbesluitLabels[s] }))} />
      <Datumveld naam="datum" label="Datum van het besluit of de aanvraag" verplicht waarde={tekst(w, 'datum')} fout={f.datum} />
      <Datumveld naam="geldigTot" label="Geldig tot en met" waarde={tekst(w, 'geldigTot')} fout={f.geldigTot}
        beschrijving="Alleen bij een schrijnend pad dat wordt verleend, ten hoogste één jaar na de datum. Een vergunning of verlenging krijgt vanzelf één jaar." />
      <Keuzegroep soort="checkbox" naam="gronden" label="Gronden (schrijnend pad)" fout={f.gronden} waarden={lijst(w, 'gronden')}
        beschrijving="Alleen bij een aanvraag voor het schrijnend pad: ten minste één."
        keuzes={SCHRIJNEND_PAD_GRONDEN.map((g) => ({ waarde: g, label: schrijnendPadGrondLabels[g] }))} />
      <Tekstvak naam="toelichting" label="Toelichting" waarde={tekst(w, 'toelichting')} fout={f.toelichting} />
    </>
  ),
  voerUit: (ctx, invoer, o) => legVerblijfsbesluitVast(ctx, o.dossierId, invoer),
});
