import type { Page } from '../graph/records';
import { userError } from './errors';

/** Our cursors are at most 20 characters ("dg:" and up to 12 digits, base64); anything longer is not ours. */
const MAX_CURSOR_LENGTH = 24;

/** Offset cursors ("dg:<offset>", base64) over a stable sort; `first` capped by MAX_PAGE_SIZE. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): { offset: number; limit: number } {
  const limit = first ?? 50;
  if (limit < 0 || limit > maxPageSize) throw userError(`first must be between 0 and ${maxPageSize}`);
  if (!after) return { offset: 0, limit };
  // checked before decoding: an oversized cursor is refused without being read, and a huge offset never reaches SKIP
  const m = after.length <= MAX_CURSOR_LENGTH ? /^dg:(\d{1,12})$/.exec(Buffer.from(after, 'base64').toString('utf8')) : null;
  if (!m) throw userError('after is not a cursor from this API');
  return { offset: Number(m[1]) + 1, limit };
}

export const cursorOf = (offset: number): string => Buffer.from(`dg:${offset}`).toString('base64');

export function connection<T>(page: Page<T>) {
  const edges = page.rows.map((node, i) => ({ cursor: cursorOf(page.offset + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.offset + page.rows.length < page.totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
