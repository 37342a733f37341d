/** zod's `z`, imported the ES-module way (so bundlers keep only what is used); required lazily by zod-lazy.ts. */
export { z } from 'zod';
