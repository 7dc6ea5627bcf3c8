import type { Disclosure } from '../domain/disclosure';
import { COMPANY_ID, TOPIC_ID, type Extraction } from '../domain/extraction';

/** Disclosure → Extraction. Pure and deterministic. */
export function extract(d: Disclosure): Extraction {
  return {
    entities: [
      { id: COMPANY_ID, type: 'Company', name: d.company.name ?? '(registrant)', aliases: [], attributes: { cik: d.company.cik } },
      { id: TOPIC_ID, type: 'Topic', name: 'cybersecurity_risk', aliases: [], attributes: {} },
    ],
    relations: [],
    flags: d.facts.flatMap((f) => (f.kind === 'flag' ? [{ element: f.element, value: f.value }] : [])),
  };
}
