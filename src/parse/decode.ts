import { ParseError } from './problems';

/**
 * Bytes → string. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1252 when the bytes
 * are not valid UTF-8 (older EDGAR text). Binary input (NUL bytes with no UTF-16 BOM) is refused.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new ParseError('empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new ParseError('binary file (NUL bytes), not a filing');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
