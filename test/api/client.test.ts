// Issue 16 item 8: the README walkthrough (README.md "Walkthrough", steps 1–13) through the generated
// TypeScript client (clients/typescript), against the app in-process. The compiler checks every path,
// parameter and request body against the types generated from the OpenAPI document, so a body the
// README sends that the document does not allow fails `tsc --noEmit`; the answers are read without
// casts, the kennisgevingen through the discriminated union on `soort`. The last test compares the
// bodies sent with the README's, so the two cannot drift apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakNrmClient, type NrmClient } from '../../clients/typescript/index.js';
import type { DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';
import { bashBlokkenOnder, leesDocument } from '../support/documentatie.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
// The day after the walkthrough's last date (the placement ends on 27 November 2026).
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-28T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

/** Every request body the client sent, in order, as sent. */
const verstuurd: string[] = [];

/** A client with a demo key whose fetch is the app itself: the request goes through every middleware. */
function client(org: DemoCode, rol: Rol): NrmClient {
  return maakNrmClient({
    baseUrl: 'http://localhost/v1',
    sleutel: t.sleutel(org, rol),
    fetch: async (verzoek) => {
      if (verzoek.method !== 'GET') verstuurd.push(await verzoek.clone().text());
      return t.app.fetch(verzoek);
    },
  });
}

/** The answer of a call that must succeed with this status (the problem in the message otherwise). */
function gelukt<T>(antwoord: { data?: T; error?: unknown; response: Response }, status: number): T {
  expect(antwoord.response.status, JSON.stringify(antwoord.error)).toBe(status);
  if (antwoord.data === undefined) throw new Error(`geen body bij ${antwoord.response.url}`);
  return antwoord.data;
}

describe('de README-walkthrough via de gegenereerde client', () => {
  // The README's shell variables, for the comparison of the bodies at the end.
  const shell: Record<string, string> = {};

  it('stappen 1–13', async () => {
    const politie = client('politie', 'intaker');
    const comensha = client('comensha', 'zorgcoordinator');
    const ind = client('ind', 'ind_medewerker');
    const opvang = client('opvang', 'opvangmedewerker');

    // 1. Register a possible victim in a pseudonymous dossier
    const dossier = gelukt(await politie.POST('/dossiers', {
      body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' },
    }), 201);
    const dossierId = dossier.id;
    const opDossier = { params: { path: { dossierId } } };

    // 2. Personal data
    gelukt(await politie.PUT('/dossiers/{dossierId}/persoonsgegevens', {
      ...opDossier,
      body: { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] },
    }), 201);

    // 3. A signal
    gelukt(await politie.POST('/dossiers/{dossierId}/signalen', {
      ...opDossier,
      body: { ontvangstdatum: '2026-11-20', bron: 'slachtoffer_zelf', melder: null, uitbuitingsvormen: ['seksueel'], indicatoren: ['gebruik_geweld'], locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'sterk' }, samenvatting: 'Meldt zich bij de balie.' },
    }), 201);

    // 4. The assessment of the geringste aanwijzing: established
    const beoordeling = gelukt(await politie.POST('/dossiers/{dossierId}/beoordelingen', {
      ...opDossier,
      body: { beoordelingsdatum: '2026-11-21', informatiefGesprek: { gevoerd: true, datum: '2026-11-21' }, elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null },
    }), 201);
    shell.BEOORDELING = beoordeling.id;
    expect(gelukt(await politie.GET('/dossiers/{dossierId}', opDossier), 200).identificatiestatus).toBe('vermoedelijk_slachtoffer');

    // 5. CoMensha reads its feed and acknowledges the aanmelding
    expect(gelukt(await comensha.GET('/kennisgevingen'), 200).kennisgevingen.length).toBeGreaterThan(0);
    const aanmeldingen = gelukt(await comensha.GET('/kennisgevingen', { params: { query: { soort: 'aanmelding_vermoedelijk_slachtoffer' } } }), 200);
    const aanmeldingId = aanmeldingen.kennisgevingen.find((k) => k.dossierId === dossierId)?.id;
    if (!aanmeldingId) throw new Error('geen aanmelding in de feed van CoMensha');
    const aanmelding = gelukt(await comensha.GET('/kennisgevingen/{kennisgevingId}', { params: { path: { kennisgevingId: aanmeldingId } } }), 200);
    if (aanmelding.soort !== 'aanmelding_vermoedelijk_slachtoffer') throw new Error(`soort ${aanmelding.soort}`);
    expect(aanmelding.inhoud.dossiernummer).toBe(dossier.dossiernummer);
    expect(aanmelding.inhoud.beoordelingsdatum).toBe('2026-11-21');
    expect(aanmelding.inhoud.uitbuitingsvormen).toEqual(['seksueel']);
    const bevestigdDoorComensha = gelukt(await comensha.POST('/kennisgevingen/{kennisgevingId}/ontvangstbevestiging', {
      params: { path: { kennisgevingId: aanmeldingId } }, body: { referentieOntvanger: 'CM-2026-0001' },
    }), 200);
    expect(bevestigdDoorComensha.referentieOntvanger).toBe('CM-2026-0001');

    // 6. The police offer the bedenktijd on the basis of the established assessment
    const bedenktijd = gelukt(await politie.POST('/dossiers/{dossierId}/bedenktijden', {
      ...opDossier, body: { aanbiedingsdatum: '2026-11-21', beoordelingId: beoordeling.id },
    }), 201);

    // 7. The victim accepts: the bedenktijd is granted and its deadline computed
    const verleend = gelukt(await politie.POST('/bedenktijden/{bedenktijdId}/reactie', {
      params: { path: { bedenktijdId: bedenktijd.id } }, body: { reactie: 'aanvaard', datum: '2026-11-21', opvangGewenst: true },
    }), 200);
    expect({ status: verleend.status, ingangsdatum: verleend.ingangsdatum, uiterlijkeEinddatum: verleend.uiterlijkeEinddatum, beleidsregel: verleend.beleidsregel })
      .toEqual({ status: 'lopend', ingangsdatum: '2026-11-21', uiterlijkeEinddatum: '2027-02-21', beleidsregel: 'b8-3-drie-maanden' });

    // 8. The IND finds the M55 in its feed, reads it and acknowledges it
    const m55s = gelukt(await ind.GET('/kennisgevingen', { params: { query: { soort: 'm55_bedenktijd' } } }), 200);
    const m55Id = m55s.kennisgevingen.find((k) => k.dossierId === dossierId)?.id;
    if (!m55Id) throw new Error('geen M55 in de feed van de IND');
    const m55 = gelukt(await ind.GET('/kennisgevingen/{kennisgevingId}', { params: { path: { kennisgevingId: m55Id } } }), 200);
    // The union on soort: after this check the compiler knows inhoud is an M55 bedenktijd.
    if (m55.soort !== 'm55_bedenktijd') throw new Error(`soort ${m55.soort}`);
    const { inhoud } = m55;
    expect(inhoud).toMatchObject({ formulier: 'M55', onderdeel: 'kennisgeving_bedenktijd', dossierId, dossiernummer: dossier.dossiernummer });
    expect(inhoud.vreemdelingennummer).toBe('1234567890');
    // The IND (and only the IND) gets the identity.
    expect([inhoud.voornamen, inhoud.geslachtsnaam, inhoud.geboortedatum, inhoud.nationaliteit]).toEqual(['Ama', 'Mensah', '1999-04-02', 'GH']);
    expect(inhoud.verblijfssituatie).toBe('geen_rechtmatig_verblijf');
    expect([inhoud.bedenktijdId, inhoud.aanbiedingsdatum, inhoud.ingangsdatum, inhoud.uiterlijkeEinddatum]).toEqual([bedenktijd.id, '2026-11-21', '2026-11-21', '2027-02-21']);
    expect(inhoud.beleidsregel).toBe('b8-3-drie-maanden');
    expect(inhoud.beleidsregelBron).toBeTruthy();
    expect(inhoud.aanbiedendeOrganisatie.naam).toBe('Politie Eenheid Amsterdam (TMM)');
    const bevestigdDoorInd = gelukt(await ind.POST('/kennisgevingen/{kennisgevingId}/ontvangstbevestiging', {
      params: { path: { kennisgevingId: m55Id } }, body: { referentieOntvanger: 'IND-2026-0042' },
    }), 200);
    expect(bevestigdDoorInd.tijdstipBevestigd).not.toBeNull();

    // 9. The police worklist: running bedenktijden by end date
    const werklijst = gelukt(await politie.GET('/bedenktijden', { params: { query: { status: 'lopend' } } }), 200);
    expect(werklijst.bedenktijden.map((b) => ({ dossierId: b.dossierId, uiterlijkeEinddatum: b.uiterlijkeEinddatum })))
      .toContainEqual({ dossierId, uiterlijkeEinddatum: '2027-02-21' });

    // 10. The police refer the victim to the COSM shelter, with the victim's consent to share data
    const organisaties = gelukt(await politie.GET('/organisaties'), 200);
    const opvangOrg = organisaties.organisaties.find((o) => o.naam === 'COSM-opvang Noord')?.id;
    if (!opvangOrg) throw new Error('COSM-opvang Noord staat niet in /organisaties');
    shell.OPVANG_ORG = opvangOrg;
    const verwijzing = gelukt(await politie.POST('/dossiers/{dossierId}/verwijzingen', {
      ...opDossier, body: { doel: 'cosm', ontvangendeOrganisatieId: opvangOrg, reden: 'Opvang tijdens de bedenktijd', urgentie: 'hoog', toestemming: 'ja' },
    }), 201);

    // 11. The shelter finds it in its queue and accepts it
    const wachtrij = gelukt(await opvang.GET('/verwijzingen', { params: { query: { status: 'open' } } }), 200);
    expect(wachtrij.verwijzingen.map((v) => ({ id: v.id, doel: v.doel, urgentie: v.urgentie, achterstallig: v.achterstallig })))
      .toContainEqual({ id: verwijzing.id, doel: 'cosm', urgentie: 'hoog', achterstallig: false });
    const besluit = gelukt(await opvang.POST('/verwijzingen/{verwijzingId}/besluit', {
      params: { path: { verwijzingId: verwijzing.id } }, body: { besluit: 'aanvaard' },
    }), 200);
    expect(besluit.status).toBe('aanvaard');

    // 12. A location with its capacity, the placement, and the care overview
    const locatie = gelukt(await opvang.POST('/opvanglocaties', { body: { naam: 'COSM Noord, locatie 1', soort: 'cosm', capaciteit: 12 } }), 201);
    shell.LOCATIE = locatie.id;
    const plaatsing = gelukt(await opvang.POST('/verwijzingen/{verwijzingId}/plaatsingen', {
      params: { path: { verwijzingId: verwijzing.id } }, body: { opvanglocatieId: locatie.id, startdatum: '2026-11-22' },
    }), 201);
    gelukt(await opvang.GET('/zorgoverzicht'), 200);

    // 13. The placement ends (moving on to other housing)
    const beeindigd = gelukt(await opvang.POST('/plaatsingen/{plaatsingId}/beeindiging', {
      params: { path: { plaatsingId: plaatsing.id } }, body: { einddatum: '2026-11-27', reden: 'doorstroom' },
    }), 200);
    expect({ einddatum: beeindigd.einddatum, beeindigingsreden: beeindigd.beeindigingsreden }).toEqual({ einddatum: '2026-11-27', beeindigingsreden: 'doorstroom' });
  });

  it('de client verstuurde precies de bodies van de README', async () => {
    // Every `-d '…'` and `-d "…"` of the walkthrough's blocks, with the shell's quoting undone and its
    // variables filled in with the values of this run.
    const blokken = bashBlokkenOnder(await leesDocument('README.md'), 'Walkthrough').map((b) => b.tekst).join('\n');
    const readme = [...blokken.matchAll(/-d '([^']*)'|-d "((?:[^"\\]|\\.)*)"/g)].map((m) =>
      m[1] ?? m[2]!.replace(/\\"/g, '"').replace(/\$([A-Z_]+)/g, (_, naam: string) => shell[naam] ?? `$${naam}`));
    expect(readme).toHaveLength(13);
    expect(verstuurd).toEqual(readme);
  });
});
