import type { Resolvers } from '../generated/resolvers-types';
import { analystResolvers } from './analyst';
import { companyResolvers } from './company';
import { entityResolvers } from './entity';
import { incidentResolvers } from './incident';
import { mutationResolvers } from './mutation';
import { vocabularyResolvers } from './vocabulary';

/** Resolver maps per module, merged type by type. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) out[type] = { ...(out[type] ?? {}), ...(fields as object) };
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(companyResolvers, entityResolvers, analystResolvers, incidentResolvers, mutationResolvers, vocabularyResolvers);
