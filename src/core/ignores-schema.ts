/**
 * The zod schemas of ignores (ignores.ts has the type). Required only when an ignore list or a 忽略记录 sheet is
 * read (lazy.ts), so zod starts only then; imported as an ES module here so bundlers keep only what is used.
 */
import './zod-config';
import * as z from 'zod/mini';
import { MAX_IGNORES, MAX_REASON } from './ignores';

/** The schema of an --ignore file and of a 忽略记录 row. */
export function buildIgnoreSchemas() {
  const IgnoreSchema = z.object({
    code: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
    sheet: z.string().check(z.maxLength(255)),
    cell: z.string().check(z.maxLength(64)),
    actual: z.string().check(z.maxLength(1024)),
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_REASON)),
  });
  return { IgnoreSchema, IgnoreListSchema: z.array(IgnoreSchema).check(z.maxLength(MAX_IGNORES)) };
}
