/**
 * The zod schemas of ignores (ignores.ts has the type). Required only when an ignore list or a 忽略记录 sheet is
 * read (lazy.ts), so zod starts only then; imported as an ES module here so bundlers keep only what is used.
 */
import { z } from 'zod';
import { MAX_IGNORES, MAX_REASON } from './ignores';

/** The schema of an --ignore file and of a 忽略记录 row. */
export function buildIgnoreSchemas() {
  const IgnoreSchema = z.object({
    code: z.string().trim().min(1).max(64),
    sheet: z.string().max(255),
    cell: z.string().max(64),
    actual: z.string().max(1024),
    reason: z.string().trim().min(1).max(MAX_REASON),
  });
  return { IgnoreSchema, IgnoreListSchema: z.array(IgnoreSchema).max(MAX_IGNORES) };
}
