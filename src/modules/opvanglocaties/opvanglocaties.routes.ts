import { createRouter } from '../../http/router.js';

export const opvanglocatiesRouter = createRouter();
