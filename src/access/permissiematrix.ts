// The one permission matrix (docs/architectuur.md §3): which role may do what. Anything not listed is denied.
// Object-level access (which dossiers an organisation may see) is decided in access/dossiertoegang.ts.
import type { OrganisatieType, Rol } from '../domain/catalogus.js';

export const permissiematrix = {
  'catalogus.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker', 'analist', 'auditor', 'beheerder'],
  'organisaties.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker', 'beheerder'],
  'dossiers.aanmaken': ['intaker'],
  'dossiers.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'dossiers.wijzigen': ['intaker'],
  // Personal data only to the roles that need it (docs/architectuur.md §3); zorgcoördinator and shelter only
  // for a dossier referred to them (checked per dossier).
  'dossiers.zoeken': ['intaker', 'ind_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'persoonsgegevens.lezen': ['intaker', 'ind_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'persoonsgegevens.vastleggen': ['intaker'],
  'signalen.vastleggen': ['intaker'],
  'signalen.lezen': ['intaker', 'officier'],
  // Issue 20: the outcome of a signal's enrichment, and the alert list of signals without follow-up.
  'signalen.opvolgen': ['intaker'],
  'signalen.zonderopvolging': ['intaker'],
  'beoordelingen.vastleggen': ['intaker'],
  'beoordelingen.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator'],
  'kennisgevingen.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'kennisgevingen.bevestigen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  // B8/3 bedenktijd (README.md "The *bedenktijd* policy rules"); which organisation type may offer or end is a domain rule.
  'bedenktijdadviezen.vastleggen': ['intaker'],
  'bedenktijdadviezen.lezen': ['intaker'],
  'bedenktijden.aanbieden': ['intaker'],
  'bedenktijden.reactie': ['intaker'],
  'bedenktijden.beeindigen': ['intaker'],
  'bedenktijden.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'bedenktijdsignaleringen.lezen': ['intaker'],
  // Criminal and residence track (docs/beslissingen/0012-vroegtijdig-einde.md; docs/domein.md §7); which kind per role is a domain rule.
  'strafrecht.vastleggen': ['intaker', 'officier'],
  'strafrecht.lezen': ['intaker', 'officier', 'ind_medewerker'],
  'beroepb83.vastleggen': ['intaker'],
  'verblijf.vastleggen': ['ind_medewerker'],
  'verblijf.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'verblijf.werklijst': ['ind_medewerker'],
  'tijdlijn.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  // Referrals, shelters, placements (docs/beslissingen/0017-verwijzing-en-opvang.md).
  'verwijzingen.aanmaken': ['intaker', 'zorgcoordinator'],
  'verwijzingen.lezen': ['intaker', 'zorgcoordinator', 'opvangmedewerker'],
  'verwijzingen.besluiten': ['intaker', 'zorgcoordinator', 'opvangmedewerker'],
  'verwijzingen.intrekken': ['intaker', 'zorgcoordinator'],
  'opvanglocaties.beheren': ['beheerder', 'opvangmedewerker'],
  'opvanglocaties.lezen': ['intaker', 'zorgcoordinator', 'opvangmedewerker', 'beheerder'],
  'plaatsingen.vastleggen': ['opvangmedewerker', 'zorgcoordinator'],
  'zorgoverzicht.lezen': ['zorgcoordinator', 'opvangmedewerker'],
  // Webhook subscriptions and delivery status (issue 4).
  'abonnementen.beheren': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker'],
  'afleveringen.lezen': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker', 'beheerder'],
  // Retention and erasure, and the processing log (issue 6).
  'dossiers.sluiten': ['intaker'],
  // One person, one dossier: joining another organisation's dossier with an own signal, and merging
  // two dossiers of one person (the beheerder as a power of the service, with a reason).
  'dossiers.aansluiten': ['intaker'],
  'dossiers.samenvoegen': ['intaker', 'beheerder'],
  'dossiers.wissen': ['beheerder'],
  'verwerkingen.lezen': ['auditor'],
  // Aggregates only, with small counts suppressed: the analyst never sees a dossier.
  'statistieken.lezen': ['analist', 'beheerder'],
  // The monitor (issue 18, docs/monitor.md): funnels and durations, aggregates only, the same roles.
  'monitor.lezen': ['analist', 'beheerder'],
  'auditregels.lezen': ['auditor'],
  'auditregels.verifieren': ['auditor', 'beheerder'],
  // Issue 15: the beheerder's web page for organisations and API keys (as the command-line tool
  // does), and for running the background jobs once with the webhooks' delivery state.
  'beheer.sleutels': ['beheerder'],
  'beheer.jobs': ['beheerder'],
  // Web application (issue 14): the start page "Mijn werk" of every signed-in role; what it lists
  // follows from the use-case permissions above.
  'web.werkoverzicht': ['intaker', 'officier', 'ind_medewerker', 'coa_medewerker', 'zorgcoordinator', 'opvangmedewerker', 'analist', 'auditor', 'beheerder'],
} as const satisfies Record<string, readonly Rol[]>;

export type Permissie = keyof typeof permissiematrix;

export function magUitvoeren(rol: Rol, permissie: Permissie): boolean {
  return (permissiematrix[permissie] as readonly Rol[]).includes(rol);
}

/** Which roles an organisation of each type can hand out (demo keys and `beheer sleutel-aanmaken`). */
export const rollenPerOrganisatieType: Record<OrganisatieType, readonly Rol[]> = {
  politie: ['intaker', 'analist'],
  kmar: ['intaker', 'analist'],
  nla: ['intaker', 'analist'],
  om: ['officier'],
  ind: ['ind_medewerker'],
  coa: ['coa_medewerker'],
  comensha: ['zorgcoordinator', 'analist'],
  zorg: ['zorgcoordinator'],
  opvang: ['opvangmedewerker'],
  veilig_thuis: ['zorgcoordinator'],
  raad_kinderbescherming: ['zorgcoordinator'],
  gemeente: ['zorgcoordinator'],
  beheer: ['beheerder', 'auditor', 'analist'],
};
