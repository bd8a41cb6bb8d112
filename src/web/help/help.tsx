// Help: what each role may see and do, and where to get help. Public: also for who cannot sign in.
import { Hono } from 'hono';
import { rollenPerOrganisatieType } from '../../access/permissiematrix.js';
import { organisatieTypen, rollen, ROLLEN, type OrganisatieType, type Rol } from '../../domain/catalogus.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Kop, Tabel } from '../opmaak/componenten.js';
import { Layout, toon } from '../opmaak/layout.js';

const WAT_DE_ROL_DOET: Record<Rol, string> = {
  intaker: 'Registreert mogelijke slachtoffers, legt signalen en de beoordeling van de geringste aanwijzing vast, biedt de bedenktijd aan (politie en KMar) of adviseert daarover (NLA), legt aangifte vast en verwijst naar zorg en opvang.',
  officier: 'Legt beslissingen in het strafrechtelijk spoor vast (opsporingsonderzoek, sepot, aanwezigheid noodzakelijk).',
  ind_medewerker: 'Ontvangt M55-kennisgevingen, bevestigt de ontvangst en legt verblijfsbesluiten vast.',
  coa_medewerker: 'Ontvangt kennisgevingen over asielzoekers en Dublinclaimanten, zonder de volledige identiteit.',
  zorgcoordinator: 'Ontvangt verwijzingen, besluit erover en coördineert zorg en opvang.',
  opvangmedewerker: 'Ontvangt verwijzingen naar de opvang, plaatst en beëindigt plaatsingen en beheert de eigen locaties.',
  analist: 'Ziet alleen geaggregeerde cijfers, nooit een dossier.',
  auditor: 'Controleert de audittrail en het verwerkingslog en verifieert de hashketens.',
  beheerder: 'Beheert organisaties, sleutels en de achtergrondtaken.',
};

/** The screens of each role in the menu (issue 14 and 15; README "De webapplicatie"). */
const SCHERMEN: Record<Rol, string> = {
  intaker: 'Mijn werk, Zoeken, Nieuw dossier, de dossierpagina, Postvak, Verwijzingen, Locaties (bekijken)',
  officier: 'Mijn werk, de dossierpagina, Postvak',
  ind_medewerker: 'Mijn werk, Zoeken, Postvak (M55 afdrukken en bevestigen), Verblijf (werklijst, verblijfsbesluit)',
  coa_medewerker: 'Mijn werk, Postvak (M55 zonder volledige identiteit)',
  zorgcoordinator: 'Mijn werk, Zoeken, Postvak, Verwijzingen, Overzicht, Locaties (bekijken)',
  opvangmedewerker: 'Mijn werk, Zoeken, Postvak, Verwijzingen, Overzicht, Locaties (beheren)',
  analist: 'Statistieken, Monitor',
  auditor: 'Audit (audittrail en logboek per dossier), controle van de audittrail',
  beheerder: 'Organisaties en sleutels, Jobs en webhooks, controle van de audittrail, Statistieken, Monitor, Locaties',
};

function typenVoor(rol: Rol): string {
  return (Object.keys(rollenPerOrganisatieType) as OrganisatieType[])
    .filter((t) => rollenPerOrganisatieType[t].includes(rol)).map((t) => organisatieTypen[t]).join(', ');
}

export const helpRoutes = new Hono<WebEnv>().get('/help', (c) => toon(c, (
  <Layout titel="Help en rollen" sessie={c.var.sessie} menu="help">
    <Kop>Help en rollen</Kop>
    <Alinea>Het NRM is het nationaal verwijsmechanisme voor mogelijke slachtoffers van mensenhandel. Wat u ziet en mag doen hangt af van uw rol en uw organisatie. Een dossier van een andere organisatie ziet u alleen als uw organisatie er een reden voor heeft: u heeft het geregistreerd, het is naar u verwezen of u heeft er een kennisgeving over gekregen.</Alinea>
    <section class="nrm-sectie" aria-labelledby="rollen-kop">
      <Kop niveau={2} id="rollen-kop">De rollen</Kop>
      <Tabel bijschrift="Rollen, organisaties en wat de rol doet" koppen={['Rol', 'Bij organisaties van het type', 'Wat de rol doet', 'Schermen']} leeg=""
        rijen={ROLLEN.map((rol) => [rollen[rol], typenVoor(rol), WAT_DE_ROL_DOET[rol], SCHERMEN[rol]])} />
    </section>
    <section class="nrm-sectie" aria-labelledby="hulp-kop">
      <Kop niveau={2} id="hulp-kop">Hulp nodig?</Kop>
      <Alinea>Voor een account, een andere rol of toegang: de functioneel beheerder van uw eigen organisatie. Bij een storing: de servicedesk van het NRM-beheer (NRM Beheer), met de foutcode die op het scherm staat.</Alinea>
      <Alinea>Vragen over de bedenktijd (B8/3 Vreemdelingencirculaire 2000) en het M55-formulier: de IND. Vragen over opvang en zorgcoördinatie: CoMensha.</Alinea>
      <Alinea>Bij acuut gevaar: bel 112.</Alinea>
    </section>
  </Layout>
)));
