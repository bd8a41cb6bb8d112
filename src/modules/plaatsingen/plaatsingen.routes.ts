import { createRouter } from '../../http/router.js';

export const plaatsingenRouter = createRouter();
