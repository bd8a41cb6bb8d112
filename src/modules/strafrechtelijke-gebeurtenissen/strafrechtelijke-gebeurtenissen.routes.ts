import { createRouter } from '../../http/router.js';

export const strafrechtelijkeGebeurtenissenRouter = createRouter();
