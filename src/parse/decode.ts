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
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (curly quotes, dashes, €, …). Node's
// TextDecoder('windows-1252') decodes that range as C1 controls, so it is mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}
