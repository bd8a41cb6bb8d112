import { createRouter } from '../../http/router.js';

export const verwijzingenRouter = createRouter();
