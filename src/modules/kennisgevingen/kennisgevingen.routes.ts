import { createRouter } from '../../http/router.js';

export const kennisgevingenRouter = createRouter();
