// The rules of the access model (src/domain/toegang.ts, docs/toegangsmodel.md), table by table.
import { describe, expect, it } from 'vitest';
import {
  aansluitingBevoegdheid, aanmeldingBevoegdheid, doorgegevenBevoegdheid, m55Bevoegdheid, magIdentiteitZien, omKopieBevoegdheid, registratieBevoegdheid,
  samengevoegd, type Bevoegdheid, type Reikwijdte,
} from '../../src/domain/toegang.js';
import { ROLLEN, type Rol } from '../../src/domain/catalogus.js';

const P: Reikwijdte = 'pseudoniem';
const I: Reikwijdte = 'identiteit';

describe('doorgegevenBevoegdheid — AVG art. 5 lid 1 sub c: nooit meer doorgeven dan je zelf mag', () => {
  const tabel: Array<[string, Reikwijdte, Reikwijdte, Reikwijdte]> = [
    ['identiteit doorgeven met toestemming: identiteit', I, I, I],
    ['identiteit doorgeven met alleen een wettelijke taak: pseudoniem', I, P, P],
    ['pseudoniem doorgeven met toestemming: toch pseudoniem (toestemming aan de verwijzer opent niet meer dan hij ziet)', P, I, P],
    ['pseudoniem met wettelijke taak: pseudoniem', P, P, P],
  ];
  it.each(tabel)('%s', (_n, doorgeefbaar, deling, verwacht) => {
    expect(doorgegevenBevoegdheid(doorgeefbaar, deling)).toEqual({ reikwijdte: verwacht, magWijzigen: false, magDoorgeven: true });
  });
});

describe('samengevoegd — alle grants van één organisatie op één dossier', () => {
  const g = (reikwijdte: Reikwijdte, magWijzigen = false, magDoorgeven = false): Bevoegdheid => ({ reikwijdte, magWijzigen, magDoorgeven });
  const tabel: Array<[string, Bevoegdheid[], ReturnType<typeof samengevoegd>]> = [
    ['geen grant: het dossier bestaat niet voor de organisatie', [], null],
    ['één pseudonieme kopie: zien, niet wijzigen, niet doorgeven', [g(P)], { reikwijdte: P, magWijzigen: false, doorgeefbaar: null }],
    ['de breedste reikwijdte telt', [g(P, false, true), g(I)], { reikwijdte: I, magWijzigen: false, doorgeefbaar: P }],
    ['doorgeven alleen binnen grants die doorgeven toestaan (IND-kopie met identiteit + pseudonieme verwijzing)', [g(I), g(P, false, true)], { reikwijdte: I, magWijzigen: false, doorgeefbaar: P }],
    ['registratie: alles', [registratieBevoegdheid], { reikwijdte: I, magWijzigen: true, doorgeefbaar: I }],
    ['wijzigen uit één grant volstaat', [g(P), g(I, true, true)], { reikwijdte: I, magWijzigen: true, doorgeefbaar: I }],
    ['doorgeven: de breedste van de grants die het toestaan, ook als een smallere later komt', [g(I, false, true), g(P, false, true)], { reikwijdte: I, magWijzigen: false, doorgeefbaar: I }],
    ['alleen ter informatie (M55 aan de IND, OM-kopie): zien, niets doorgeven', [m55Bevoegdheid('ind'), omKopieBevoegdheid], { reikwijdte: I, magWijzigen: false, doorgeefbaar: null }],
  ];
  it.each(tabel)('%s', (_n, grants, verwacht) => { expect(samengevoegd(grants)).toEqual(verwacht); });
});

describe('vaste bevoegdheden per doel (docs/toegangsmodel.md, "Wie krijgt wat")', () => {
  it('B8/3.1 Vc 2000 (M55): de IND ziet de identiteit, het COA pseudoniem; geen van beide wijzigt of geeft door', () => {
    expect(m55Bevoegdheid('ind')).toEqual({ reikwijdte: I, magWijzigen: false, magDoorgeven: false });
    expect(m55Bevoegdheid('coa')).toEqual({ reikwijdte: P, magWijzigen: false, magDoorgeven: false });
  });
  it('registratie en aansluiting (een intaker met een eigen signaal over dezelfde persoon): identiteit, wijzigen en doorgeven', () => {
    expect(registratieBevoegdheid).toEqual({ reikwijdte: I, magWijzigen: true, magDoorgeven: true });
    expect(aansluitingBevoegdheid).toEqual({ reikwijdte: I, magWijzigen: true, magDoorgeven: true });
  });
  it('de aanmelding bij CoMensha is pseudoniem en mag worden doorverwezen; de OM-kopie is pseudoniem en alleen ter informatie', () => {
    expect(aanmeldingBevoegdheid).toEqual({ reikwijdte: P, magWijzigen: false, magDoorgeven: true });
    expect(omKopieBevoegdheid).toEqual({ reikwijdte: P, magWijzigen: false, magDoorgeven: false });
  });
});

describe('magIdentiteitZien — AVG art. 5 lid 1 sub c: alleen rollen die de identiteit nodig hebben, met een grant van identiteit', () => {
  const nodig: Rol[] = ['intaker', 'ind_medewerker', 'zorgcoordinator', 'opvangmedewerker'];
  it.each(ROLLEN.map((rol) => [rol, nodig.includes(rol)] as const))('%s met een grant van identiteit: %s', (rol, verwacht) => {
    expect(magIdentiteitZien(rol, { reikwijdte: I, magWijzigen: true, doorgeefbaar: I })).toBe(verwacht);
  });
  it.each(ROLLEN.map((rol) => [rol] as const))('%s met alleen een pseudonieme grant of zonder grant: nooit', (rol) => {
    expect(magIdentiteitZien(rol, { reikwijdte: P, magWijzigen: false, doorgeefbaar: P })).toBe(false);
    expect(magIdentiteitZien(rol, null)).toBe(false);
  });
});
