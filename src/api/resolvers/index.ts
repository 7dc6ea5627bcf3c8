import type { Resolvers } from '../generated/resolvers-types';
import { companyResolvers } from './company';

/** Resolver maps per module, merged type by type. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(companyResolvers);
