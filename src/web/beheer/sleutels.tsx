// Beheer (issue 15): organisations and API keys, as the command-line tool does (src/cli/beheer.ts,
// which keeps working beside it) and through the same operator functions (src/beheer/beheer.ts), now
// audited as the signed-in beheerder. A new key is shown once, on the answer to the form, and never
// again: only its hash is stored. The key to revoke is named in the form, not in the URL: the
// beheerder's power covers every organisation's keys, so there is no page per key.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { rollenPerOrganisatieType } from '../../access/permissiematrix.js';
import { isUuid } from '../../access/dossiertoegang.js';
import { actorVan } from '../../audit/auditlog.js';
import { lijstSleutels, maakOrganisatie, maakSleutel, OngeldigeRol, trekSleutelIn } from '../../beheer/beheer.js';
import { ORGANISATIE_TYPEN, organisatieTypen, rollen, type OrganisatieType, type Rol } from '../../domain/catalogus.js';
import { lijstOrganisaties } from '../../modules/organisaties/organisaties.service.js';
import type { WebEnv } from '../omgeving.js';
import { Alinea, Formulier, Foutoverzicht, Keuzelijst, Knop, Knoppen, Kop, Melding, Tabel, Tekstveld } from '../opmaak/componenten.js';
import { naarWaarden, ofWeg, tekst, type Fouten, type Waarden } from '../opmaak/formulier.js';
import { Layout, toon } from '../opmaak/layout.js';
import { tijdstipTekst } from '../opmaak/tekst.js';
import { pagina, useCase } from '../pagina.js';

interface Uitkomst { formulier?: 'organisatie' | 'sleutel'; w?: Waarden; f?: Fouten; nieuweSleutel?: { sleutel: string; organisatie: string; rol: string }; melding?: string }

const LABELS = { naam: 'Naam', type: 'Type', organisatieId: 'Organisatie', rol: 'Rol', omschrijving: 'Omschrijving' };

async function toonBeheer(c: Context<WebEnv>, u: Uitkomst = {}, status = 200) {
  const sessie = c.var.sessie!;
  const organisaties = await lijstOrganisaties(c.var.deps.db);
  const sleutels = await lijstSleutels(c.var.deps.db);
  const w = u.w ?? {};
  const f = u.f ?? {};
  const rolKeuzes = [...new Set(Object.values(rollenPerOrganisatieType).flat())].map((r) => ({ waarde: r, label: rollen[r] }));
  return toon(c, (
    <Layout titel="Organisaties en sleutels" sessie={sessie} menu="beheer" fout={Object.keys(f).length > 0}>
      <Kop>Organisaties en API-sleutels</Kop>
      <Alinea>Organisaties en de API-sleutels van hun systemen. Hetzelfde kan met <code>npm run beheer</code>. Elke wijziging komt in de audittrail.</Alinea>
      {u.nieuweSleutel ? (
        <Melding soort="warning" rol="status" titel="Nieuwe sleutel: alleen nu zichtbaar">
          <p class="nl-paragraph">Sleutel voor {rollen[u.nieuweSleutel.rol as Rol]} bij {u.nieuweSleutel.organisatie}. Kopieer hem nu naar een veilige plek; hij wordt nooit meer getoond (alleen de hash wordt bewaard).</p>
          <p class="nl-paragraph"><code class="nrm-sleutel" id="nieuwe-sleutel">{u.nieuweSleutel.sleutel}</code></p>
        </Melding>
      ) : null}
      {u.melding ? <Melding soort="ok" rol="status" titel="Opgeslagen">{u.melding}</Melding> : null}
      <Foutoverzicht fouten={f} labels={LABELS} />

      <section class="nrm-sectie" aria-labelledby="sleutels-kop">
        <Kop niveau={2} id="sleutels-kop">API-sleutels</Kop>
        <Tabel bijschrift="API-sleutels per organisatie" koppen={['Organisatie', 'Rol', 'Omschrijving', 'Aangemaakt', 'Stand', '']} leeg="Geen sleutels."
          rijen={sleutels.map((s) => [
            s.organisatie, rollen[s.rol as Rol] ?? s.rol, s.omschrijving ?? '—', tijdstipTekst(s.tijdstipAangemaakt),
            s.tijdstipIngetrokken ? <span class="nrm-label nrm-label--let-op">Ingetrokken op {tijdstipTekst(s.tijdstipIngetrokken)}</span> : <span class="nrm-label">Actief</span>,
            s.tijdstipIngetrokken ? '' : (
              <Formulier actie="/beheer/sleutels/intrekking" csrf={sessie.csrfToken} label={`Sleutel intrekken: ${s.omschrijving ?? rollen[s.rol as Rol]} van ${s.organisatie}`}>
                <input type="hidden" name="sleutelId" value={s.id} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">Intrekken<span class="nrm-verborgen"> {s.omschrijving ?? ''} ({s.organisatie})</span></button>
              </Formulier>
            ),
          ])} />
        <Kop niveau={3}>Sleutel aanmaken</Kop>
        <Formulier actie="/beheer/sleutels" csrf={sessie.csrfToken} label="Sleutel aanmaken">
          <Keuzelijst naam="organisatieId" label="Organisatie" verplicht waarde={u.formulier === 'sleutel' ? tekst(w, 'organisatieId') : ''} fout={u.formulier === 'sleutel' ? f.organisatieId : undefined}
            leeg="Kies een organisatie" keuzes={organisaties.map((o) => ({ waarde: o.id, label: `${o.naam} (${organisatieTypen[o.type]})` }))} />
          <Keuzelijst naam="rol" label="Rol" verplicht waarde={u.formulier === 'sleutel' ? tekst(w, 'rol') : ''} fout={u.formulier === 'sleutel' ? f.rol : undefined} leeg="Kies een rol" keuzes={rolKeuzes}
            beschrijving="De rol moet passen bij het type organisatie." />
          <Tekstveld naam="omschrijving" label="Omschrijving" breedte="midden" waarde={u.formulier === 'sleutel' ? tekst(w, 'omschrijving') : ''} fout={u.formulier === 'sleutel' ? f.omschrijving : undefined}
            beschrijving="Bijvoorbeeld het systeem dat de sleutel gebruikt." />
          <Knoppen><Knop>Sleutel aanmaken</Knop></Knoppen>
        </Formulier>
      </section>

      <section class="nrm-sectie" aria-labelledby="organisaties-kop">
        <Kop niveau={2} id="organisaties-kop">Organisaties</Kop>
        <Tabel bijschrift="Organisaties" koppen={['Naam', 'Type']} leeg="Geen organisaties." rijen={organisaties.map((o) => [o.naam, organisatieTypen[o.type]])} />
        <Kop niveau={3}>Organisatie toevoegen</Kop>
        <Formulier actie="/beheer/organisaties" csrf={sessie.csrfToken} label="Organisatie toevoegen">
          <Tekstveld naam="naam" label="Naam" verplicht breedte="midden" waarde={u.formulier === 'organisatie' ? tekst(w, 'naam') : ''} fout={u.formulier === 'organisatie' ? f.naam : undefined} />
          <Keuzelijst naam="type" label="Type" verplicht waarde={u.formulier === 'organisatie' ? tekst(w, 'type') : ''} fout={u.formulier === 'organisatie' ? f.type : undefined}
            leeg="Kies een type" keuzes={ORGANISATIE_TYPEN.map((t) => ({ waarde: t, label: organisatieTypen[t] }))} />
          <Knoppen><Knop>Organisatie toevoegen</Knop></Knoppen>
        </Formulier>
      </section>
    </Layout>
  ), status);
}

export const sleutelRoutes = new Hono<WebEnv>()
  .get('/beheer', pagina('beheer.sleutels'), (c) => toonBeheer(c))
  .post('/beheer/sleutels', pagina('beheer.sleutels'), async (c) => {
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const f: Fouten = {};
    const organisatieId = ofWeg(w, 'organisatieId');
    const rol = ofWeg(w, 'rol');
    const organisatie = organisatieId && isUuid(organisatieId) ? (await lijstOrganisaties(c.var.deps.db)).find((o) => o.id === organisatieId) : undefined;
    if (!organisatie) f.organisatieId = 'Kies een organisatie.';
    if (!rol || !(rol in rollen)) f.rol = 'Kies een rol.';
    if (organisatie && rol && rol in rollen && !rollenPerOrganisatieType[organisatie.type as OrganisatieType].includes(rol as Rol)) {
      f.rol = `Deze rol past niet bij ${organisatieTypen[organisatie.type]}. Kies uit: ${rollenPerOrganisatieType[organisatie.type as OrganisatieType].map((r) => rollen[r]).join(', ')}.`;
    }
    const omschrijving = ofWeg(w, 'omschrijving');
    if (omschrijving && omschrijving.length > 200) f.omschrijving = 'Dit is te lang: hoogstens 200 tekens.';
    if (Object.keys(f).length > 0) return toonBeheer(c, { formulier: 'sleutel', w, f }, 400);
    try {
      const nieuw = await maakSleutel(c.var.deps, organisatie!.id, rol as Rol, omschrijving, { actor: actorVan(useCase(c, 'beheer.sleutels')) });
      return toonBeheer(c, { nieuweSleutel: { sleutel: nieuw.sleutel, organisatie: organisatie!.naam, rol: rol! } });
    } catch (err) {
      if (err instanceof OngeldigeRol) return toonBeheer(c, { formulier: 'sleutel', w, f: { rol: err.message } }, 422);
      throw err;
    }
  })
  .post('/beheer/sleutels/intrekking', pagina('beheer.sleutels'), async (c) => {
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const id = tekst(w, 'sleutelId').toLowerCase();
    if (!isUuid(id)) return toonBeheer(c, { f: { '': 'Deze sleutel bestaat niet.' } }, 422);
    const ingetrokken = await trekSleutelIn(c.var.deps, id, actorVan(useCase(c, 'beheer.sleutels')));
    return toonBeheer(c, ingetrokken ? { melding: 'De sleutel is ingetrokken. Hij werkt hier vanaf nu niet meer; andere instanties van de service weigeren hem binnen enkele seconden.' } : { f: { '': 'Deze sleutel bestaat niet of was al ingetrokken.' } }, ingetrokken ? 200 : 422);
  })
  .post('/beheer/organisaties', pagina('beheer.sleutels'), async (c) => {
    const w = naarWaarden(await c.req.parseBody({ all: true }));
    const naam = tekst(w, 'naam').trim();
    const type = ofWeg(w, 'type');
    const f: Fouten = {};
    if (!naam) f.naam = 'Vul een naam in.';
    else if (naam.length > 200) f.naam = 'Dit is te lang: hoogstens 200 tekens.';
    else if ((await lijstOrganisaties(c.var.deps.db)).some((o) => o.naam === naam)) f.naam = 'Er bestaat al een organisatie met deze naam.';
    if (!type || !(ORGANISATIE_TYPEN as readonly string[]).includes(type)) f.type = 'Kies een type.';
    if (Object.keys(f).length > 0) return toonBeheer(c, { formulier: 'organisatie', w, f }, 400);
    await maakOrganisatie(c.var.deps, naam, type as OrganisatieType, actorVan(useCase(c, 'beheer.sleutels')));
    return toonBeheer(c, { melding: `De organisatie ${naam} is toegevoegd.` });
  });
