import { createRouter } from '../../http/router.js';

export const zorgoverzichtRouter = createRouter();
