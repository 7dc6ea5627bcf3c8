import type { Executor } from './executor';
import { FILING_FIELDS } from './filing-repository';
import { q } from './query';
import { CompanyRecordSchema, FilingRecordSchema, FlagRecordSchema, parseRows, type CompanyRecord, type FilingRecord, type FlagRecord } from './records';

export class CompanyRepository {
  constructor(private readonly executor: Executor) {}

  async list(): Promise<CompanyRecord[]> {
    const rows = await this.executor.read(q('MATCH (c:Company) RETURN c.cik AS cik, c.name AS name, c.ticker AS ticker ORDER BY c.name, c.cik'));
    return parseRows(CompanyRecordSchema, rows);
  }

  async byCiks(ciks: readonly string[]): Promise<CompanyRecord[]> {
    const rows = await this.executor.read(q('MATCH (c:Company) WHERE c.cik IN $ciks RETURN c.cik AS cik, c.name AS name, c.ticker AS ticker', { ciks }));
    return parseRows(CompanyRecordSchema, rows);
  }

  async filingsOf(ciks: readonly string[]): Promise<FilingRecord[]> {
    const rows = await this.executor.read(
      q(`MATCH (c:Company)-[:FILED]->(f:Filing) WHERE c.cik IN $ciks RETURN ${FILING_FIELDS} ORDER BY f.fiscalYear DESC, f.form`, { ciks }),
    );
    return parseRows(FilingRecordSchema, rows);
  }

  async flagsOf(filingIds: readonly string[]): Promise<FlagRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (f:Filing)-[h:HAS_FLAG]->(fl:Flag) WHERE f.id IN $ids
         RETURN f.id AS filingId, fl.element AS element, fl.label AS label, h.value AS value ORDER BY fl.element`,
        { ids: filingIds },
      ),
    );
    return parseRows(FlagRecordSchema, rows);
  }
}
