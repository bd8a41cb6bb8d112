import { createRouter } from '../../http/router.js';

export const auditregelsRouter = createRouter();
