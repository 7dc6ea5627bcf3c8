import { connect, type Socket } from 'node:net';
import { fromWire, type ParsedSentence, type SentenceParses, type WireToken } from '../domain/linguistics';

/** What extraction needs from the linguistic layer: parses of sentences, by text. */
export interface Analyzer {
  analyze(sentences: readonly string[]): Promise<SentenceParses>;
  close(): Promise<void>;
}

/** Sentences longer than this are not sent: they are read without a parse (bounded time and memory). */
export const MAX_SENTENCE_CHARS = 1_200;

const UNPARSED: ParsedSentence = { tokens: [], parsed: false };

/**
 * One TCP connection to the layer's server, pipelined: every sentence is one line out and one JSON line
 * back, in order. Parses are memoised by text (bounded), so text repeated across fields and filings is
 * analysed once.
 */
export class NlpClient implements Analyzer {
  private socket: Socket | null = null;
  private readonly pending: { resolve: (p: ParsedSentence) => void; reject: (e: Error) => void }[] = [];
  private buffered = '';
  private readonly cache = new Map<string, ParsedSentence | Promise<ParsedSentence>>();
  private failure: Error | null = null;

  constructor(private readonly host: string, private readonly port: number, private readonly cacheSize = 50_000) {}

  async analyze(sentences: readonly string[]): Promise<SentenceParses> {
    const out = new Map<string, ParsedSentence>();
    const waits: Promise<void>[] = [];
    for (const s of sentences) {
      if (out.has(s)) continue;
      const hit = this.cache.get(s);
      if (hit && !(hit instanceof Promise)) {
        out.set(s, hit);
        continue;
      }
      const p = hit ?? this.request(s);
      waits.push(p.then((parse) => void out.set(s, parse)));
    }
    await Promise.all(waits);
    return out;
  }

  private request(text: string): Promise<ParsedSentence> {
    if (text.length > MAX_SENTENCE_CHARS || text.trim() === '') return Promise.resolve(UNPARSED);
    if (this.failure) return Promise.reject(this.failure);
    const socket = this.socket ?? this.open();
    const p = new Promise<ParsedSentence>((resolve, reject) => this.pending.push({ resolve, reject }));
    this.remember(text, p);
    p.then((parse) => this.remember(text, parse), () => this.cache.delete(text));
    // one line per sentence: line breaks become spaces (same length, so offsets hold)
    socket.ref();
    // a page number on a line of its own inside the sentence is no word of it (same length, so offsets hold)
    const clean = text.replace(/\n[ \t]*\d{1,3}[ \t]*(?=\n)/g, (m) => ' '.repeat(m.length));
    socket.write(`${clean.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}\n`);
    return p;
  }

  private remember(text: string, v: ParsedSentence | Promise<ParsedSentence>): void {
    if (this.cache.size >= this.cacheSize && !this.cache.has(text)) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(text, v);
  }

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    const fail = (e: Error) => {
      this.failure = new Error(`the linguistic layer at ${this.host}:${this.port} failed: ${e.message}`);
      for (const w of this.pending.splice(0)) w.reject(this.failure);
      this.socket = null;
    };
    socket.on('error', fail);
    socket.on('close', () => {
      if (this.pending.length > 0) fail(new Error('connection closed'));
      this.socket = null;
    });
    socket.unref();
    this.socket = socket;
    return socket;
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let nl = this.buffered.indexOf('\n');
    while (nl !== -1) {
      const line = this.buffered.slice(0, nl);
      this.buffered = this.buffered.slice(nl + 1);
      const waiter = this.pending.shift();
      if (waiter) {
        try {
          waiter.resolve(fromWire(parseLine(line)));
        } catch (e) {
          waiter.reject(new Error(`the linguistic layer sent a bad line: ${(e as Error).message}`));
        }
      }
      nl = this.buffered.indexOf('\n');
    }
    if (this.pending.length === 0) this.socket?.unref();
    else this.socket?.ref();
  }

  async close(): Promise<void> {
    const s = this.socket;
    this.socket = null;
    if (!s) return;
    s.ref(); // keep the process alive until the close completes
    await new Promise<void>((ok) => {
      s.once('close', () => ok());
      s.end();
    });
  }
}

/** The boundary check on what the layer sends (cheap: it runs once per sentence). */
function parseLine(line: string): { t: WireToken[] } {
  const v = JSON.parse(line) as { t?: unknown; error?: string };
  if (!Array.isArray(v.t)) throw new Error('no token list');
  for (const t of v.t as unknown[]) {
    if (!Array.isArray(t) || t.length !== 7 || typeof t[0] !== 'string' || typeof t[3] !== 'number' || typeof t[5] !== 'number') throw new Error(`bad token ${JSON.stringify(t).slice(0, 80)}`);
  }
  return v as { t: WireToken[] };
}
