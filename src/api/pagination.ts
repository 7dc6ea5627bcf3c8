import type { z } from 'zod';
import type { Page } from '../graph/records';
import { userError } from './errors';

/**
 * Keyset cursors: a cursor is the sort key of its row (see graph/keyset.ts), with the list and
 * ordering it belongs to, as base64url JSON: `["<tag>", ...key]`. A page after it starts strictly
 * after that key, so rows written during a pull never shift the ones still to come.
 *
 * Checked before and after decoding: an oversized cursor is refused without being read, and only the
 * canonical encoding of a well-formed key of the right list and ordering is accepted.
 */
const MAX_CURSOR_LENGTH = 2_048;
const NOT_OURS = 'after is not a cursor from this API';

/** `first`, checked against the configured maximum page size. */
export function pageSize(first: number | null | undefined, maxPageSize: number): number {
  const limit = first ?? 50;
  if (limit < 0 || limit > maxPageSize) throw userError(`first must be between 0 and ${maxPageSize}`);
  return limit;
}

export const encodeCursor = (tag: string, key: readonly unknown[]): string => Buffer.from(JSON.stringify([tag, ...key])).toString('base64url');

/**
 * The key a cursor carries, or null without one (an empty string too: BI tools send "" for the first
 * page); BAD_USER_INPUT for anything but a cursor this list gave out.
 */
export function decodeCursor<K>(after: string | null | undefined, tag: string, schema: z.ZodType<K>): K | null {
  if (after === null || after === undefined || after === '') return null;
  if (after.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(after)) throw userError(NOT_OURS);
  const bytes = Buffer.from(after, 'base64url');
  if (bytes.toString('base64url') !== after) throw userError(NOT_OURS);
  let decoded: unknown;
  try {
    decoded = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw userError(NOT_OURS);
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== 'string') throw userError(NOT_OURS);
  if (decoded[0] !== tag) throw userError('after is a cursor of another list or ordering: start again without after');
  const key = schema.safeParse(decoded.slice(1));
  if (!key.success) throw userError(NOT_OURS);
  return key.data;
}

export function connection<T, K extends readonly unknown[]>(page: Page<T, K>, tag: string) {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(tag, page.keys[i]!), node }));
  return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
