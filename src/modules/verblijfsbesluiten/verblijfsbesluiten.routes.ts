import { createRouter } from '../../http/router.js';

export const verblijfsbesluitenRouter = createRouter();
