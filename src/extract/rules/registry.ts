import { chairs } from './chairs';
import { engages } from './engages';
import type { Rule } from './grammar';
import { holdsRole } from './holds-role';
import { memberOf } from './member-of';
import { oversees } from './oversees';
import { renamedTo } from './renamed-to';
import { reportsTo } from './reports-to';
import { responsibleFor, responsibleFromField } from './responsible-for';
import { subcommitteeOf } from './subcommittee-of';
import { processAnaphor, vendorProcess } from './vendor-process';

/** Every relation rule, in the order they run. Each is a pure function of one sentence's context. */
export const RULES: readonly Rule[] = [
  subcommitteeOf,
  chairs,
  memberOf,
  holdsRole,
  oversees,
  responsibleFor,
  responsibleFromField,
  reportsTo,
  engages,
  vendorProcess,
  processAnaphor,
  renamedTo,
];
