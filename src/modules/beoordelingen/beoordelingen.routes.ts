import { createRouter } from '../../http/router.js';

export const beoordelingenRouter = createRouter();
