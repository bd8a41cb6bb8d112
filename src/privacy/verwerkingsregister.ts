// The register of processing activities (verwerkingsactiviteiten, art. 30 AVG) that the processing
// log refers to. Each permission that touches a possible victim's data maps to one activity, so a new
// endpoint is logged as soon as its permission is listed here.
import type { Permissie } from '../access/permissiematrix.js';

export interface Verwerkingsactiviteit { id: string; naam: string; doel: string; rechtsgrond: string }

export const verwerkingsactiviteiten = {
  'nrm-registratie': {
    id: 'nrm-registratie', naam: 'Registreren en beoordelen van een mogelijk slachtoffer van mensenhandel',
    doel: 'Identificatie van mogelijke slachtoffers (nationaal verwijsmechanisme)',
    rechtsgrond: 'AVG art. 6 lid 1 sub e en art. 9 lid 2 sub g; art. 273f Sr; Aanwijzing mensenhandel',
  },
  'nrm-bedenktijd': {
    id: 'nrm-bedenktijd', naam: 'Aanbieden en bewaken van de B8/3-bedenktijd',
    doel: 'Bedenktijd en opschorting van de vertrekplicht', rechtsgrond: 'Vw 2000 art. 8 sub k; B8/3 Vc 2000; art. 13 Verdrag van Warschau',
  },
  'nrm-kennisgeving': {
    id: 'nrm-kennisgeving', naam: 'Kennisgeven aan IND, COA en CoMensha (M55)',
    doel: 'Informeren van ketenpartners over bedenktijd en strafproces', rechtsgrond: 'B8/3 Vc 2000 (model M55); AVG art. 6 lid 1 sub e',
  },
  'nrm-zorg': {
    id: 'nrm-zorg', naam: 'Verwijzen naar zorg en opvang en plaatsen',
    doel: 'Hulp en opvang, los van medewerking aan het strafproces', rechtsgrond: 'Richtlijn 2011/36/EU art. 11; art. 12 Verdrag van Warschau; toestemming of wettelijke grondslag',
  },
  'nrm-strafrecht-verblijf': {
    id: 'nrm-strafrecht-verblijf', naam: 'Vastleggen van strafrechtelijke en verblijfsrechtelijke gebeurtenissen',
    doel: 'Verblijfsregeling mensenhandel', rechtsgrond: 'AVG art. 10; Vw 2000; B8/3 Vc 2000',
  },
  'nrm-beheer': {
    id: 'nrm-beheer', naam: 'Bewaren, sluiten en wissen van dossiers', doel: 'Naleving bewaartermijn en recht op vergetelheid',
    rechtsgrond: 'AVG art. 5 lid 1 sub e en art. 17',
  },
} as const satisfies Record<string, Verwerkingsactiviteit>;

export type VerwerkingsactiviteitId = keyof typeof verwerkingsactiviteiten;

/** Which activity a permission performs; permissions not listed process no personal data of a victim. */
const perPermissie: Partial<Record<Permissie, VerwerkingsactiviteitId>> = {
  'dossiers.aanmaken': 'nrm-registratie', 'dossiers.lezen': 'nrm-registratie', 'dossiers.wijzigen': 'nrm-registratie',
  'dossiers.zoeken': 'nrm-registratie', 'persoonsgegevens.lezen': 'nrm-registratie', 'persoonsgegevens.vastleggen': 'nrm-registratie',
  'signalen.vastleggen': 'nrm-registratie', 'signalen.lezen': 'nrm-registratie',
  'signalen.opvolgen': 'nrm-registratie', 'signalen.zonderopvolging': 'nrm-registratie',
  'beoordelingen.vastleggen': 'nrm-registratie', 'beoordelingen.lezen': 'nrm-registratie', 'tijdlijn.lezen': 'nrm-registratie',
  'bedenktijdadviezen.vastleggen': 'nrm-bedenktijd', 'bedenktijdadviezen.lezen': 'nrm-bedenktijd',
  'bedenktijden.aanbieden': 'nrm-bedenktijd', 'bedenktijden.reactie': 'nrm-bedenktijd', 'bedenktijden.beeindigen': 'nrm-bedenktijd',
  'bedenktijden.lezen': 'nrm-bedenktijd', 'bedenktijdsignaleringen.lezen': 'nrm-bedenktijd',
  'kennisgevingen.lezen': 'nrm-kennisgeving', 'kennisgevingen.bevestigen': 'nrm-kennisgeving', 'afleveringen.lezen': 'nrm-kennisgeving',
  'verwijzingen.aanmaken': 'nrm-zorg', 'verwijzingen.lezen': 'nrm-zorg', 'verwijzingen.besluiten': 'nrm-zorg',
  'verwijzingen.intrekken': 'nrm-zorg', 'plaatsingen.vastleggen': 'nrm-zorg', 'zorgoverzicht.lezen': 'nrm-zorg',
  'strafrecht.vastleggen': 'nrm-strafrecht-verblijf', 'strafrecht.lezen': 'nrm-strafrecht-verblijf', 'beroepb83.vastleggen': 'nrm-strafrecht-verblijf',
  'verblijf.vastleggen': 'nrm-strafrecht-verblijf', 'verblijf.lezen': 'nrm-strafrecht-verblijf', 'verblijf.werklijst': 'nrm-strafrecht-verblijf',
  'dossiers.sluiten': 'nrm-beheer', 'dossiers.wissen': 'nrm-beheer',
};

export function activiteitVoor(permissie: Permissie | undefined): Verwerkingsactiviteit | null {
  const id = permissie ? perPermissie[permissie] : undefined;
  return id ? verwerkingsactiviteiten[id] : null;
}
