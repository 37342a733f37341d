/**
 * The plan's parameters as one zod-checked object (RULES.md "Parameters of the plan"; DESIGN.md "The profile").
 * No number of the plan appears anywhere else in the code: checks read it from a Profile.
 */
import type { z } from 'zod';
import type { buildProfileSchemas } from './schema-build';
import { lazy } from '../lazy';

type Schemas = ReturnType<typeof buildProfileSchemas>;

/** The profile's schema, built on first use. */
export const profileSchema: () => Schemas['ProfileSchema'] = lazy(() => requireSchemas().buildProfileSchemas().ProfileSchema);

function requireSchemas(): typeof import('./schema-build') {
  // Required here, not imported: zod and the schemas start only when a profile is checked (issue 14).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./schema-build');
}

export type TownType = z.infer<Schemas['TownTypeSchema']>;
export type Group = z.infer<Schemas['GroupSchema']>;
export type Town = z.infer<Schemas['TownSchema']>;
export type Profile = z.infer<Schemas['ProfileSchema']>;
