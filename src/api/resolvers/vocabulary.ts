import {
  CommitteeKind,
  CommitteeLevel,
  ConflictFinding,
  ConflictRule,
  EntityType,
  Form,
  Frequency,
  IngestOutcome,
  ReportingKind,
  RoleCategory,
  RoleCode,
  SourceFormat,
  ThirdPartyCategory,
  UnitCategory,
  VendorProcessCategory,
} from '../../domain/vocabulary';
import type { Resolvers } from '../generated/resolvers-types';

/**
 * The schema's closed vocabularies with their internal values: a GraphQL enum value is answered from,
 * and read into, the value the graph stores (AUDIT ⇄ "audit", FORM_10_K ⇄ "10-K").
 */
export const vocabularyResolvers: Resolvers = {
  CommitteeLevel: { ...CommitteeLevel },
  CommitteeKind: { ...CommitteeKind },
  RoleCode: { ...RoleCode },
  RoleCategory: { ...RoleCategory },
  UnitCategory: { ...UnitCategory },
  ThirdPartyCategory: { ...ThirdPartyCategory },
  VendorProcessCategory: { ...VendorProcessCategory },
  ReportingKind: { ...ReportingKind },
  Frequency: { ...Frequency },
  Form: { ...Form },
  SourceFormat: { ...SourceFormat },
  EntityType: { ...EntityType },
  IngestOutcome: { ...IngestOutcome },
  ConflictRule: { ...ConflictRule },
  ConflictFinding: { ...ConflictFinding },
};
