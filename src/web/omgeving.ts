// The request context of a page: what the API's context has, plus the signed-in session and the
// victims' data the page processed (for the processing log, exactly as the API records it).
import type { AppEnv, Principal } from '../context.js';
import type { Permissie } from '../access/permissiematrix.js';

export interface WebSessie {
  id: string;
  principal: Principal;
  csrfToken: string;
  weergavenaam: string | null;
}

/** One processing of a possible victim's data by a page: which permission, which dossier. */
export interface PaginaVerwerking { permissie: Permissie; dossierId: string }

export type WebEnv = {
  Variables: AppEnv['Variables'] & {
    sessie: WebSessie | undefined;
    paginaVerwerkingen: PaginaVerwerking[];
  };
};
