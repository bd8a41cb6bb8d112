import { createRouter } from '../../http/router.js';

export const abonnementenRouter = createRouter();
