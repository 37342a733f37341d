/**
 * The product's schemas use zod's small build (issue 14): `zod/mini` has the same parsing and issues as `zod` in
 * about a third of the bytes (functions such as `z.minLength(1)` in `.check(…)` instead of methods, so bundlers
 * keep only what is used), which keeps the page's worker under 120 KB gzip. Its messages are English, as full
 * zod's, once this module has run: the schema modules import it first (a profile's issues are shown as zod words them).
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
