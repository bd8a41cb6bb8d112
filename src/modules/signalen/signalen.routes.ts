import { createRouter } from '../../http/router.js';

export const signalenRouter = createRouter();
