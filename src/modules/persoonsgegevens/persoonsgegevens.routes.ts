import { createRouter } from '../../http/router.js';

export const persoonsgegevensRouter = createRouter();
