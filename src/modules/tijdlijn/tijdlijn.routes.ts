import { createRouter } from '../../http/router.js';

export const tijdlijnRouter = createRouter();
