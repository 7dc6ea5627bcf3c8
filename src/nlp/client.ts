import { connect, type Socket } from 'node:net';
import { z } from 'zod';
import { parserView } from './parser-view';
import { fromWire, type ParsedSentence, type SentenceParses, type WireToken } from '../domain/linguistics';

/** What extraction needs from the linguistic layer: parses of sentences, by text. */
export interface Analyzer {
  analyze(sentences: readonly string[]): Promise<SentenceParses>;
  close(): Promise<void>;
}

/** Sentences longer than this are not sent: they are read without a parse (bounded time and memory). */
export const MAX_SENTENCE_CHARS = 1_200;
/** A sentence the layer has not answered within this time fails its filing, not the whole run. */
export const REQUEST_TIMEOUT_MS = 60_000;

const UNPARSED: ParsedSentence = { tokens: [], parsed: false };

/**
 * One TCP connection to the layer's server, pipelined: every sentence is one line out and one JSON line
 * back, in order. Parses are memoised by text (bounded), so text repeated across fields and filings is
 * analysed once.
 */
export class NlpClient implements Analyzer {
  private socket: Socket | null = null;
  private readonly pending: { text: string; resolve: (p: ParsedSentence) => void; reject: (e: Error) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastAnswer = Date.now();
  private buffered = '';
  private readonly cache = new Map<string, ParsedSentence | Promise<ParsedSentence>>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly cacheSize = 50_000,
  ) {}

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
    // a connection that failed is opened again for the next request: one bad moment fails only the filings in flight
    const socket = this.socket ?? this.open();
    if (this.pending.length === 0) this.lastAnswer = Date.now();
    const p = new Promise<ParsedSentence>((resolve, reject) => this.pending.push({ text, resolve, reject }));
    this.remember(text, p);
    p.then(
      (parse) => this.remember(text, parse),
      () => this.cache.delete(text),
    );
    this.watch();
    // one line per sentence, as the parser should read it (same length, so offsets hold)
    socket.ref();
    socket.write(`${parserView(text)}\n`);
    return p;
  }

  /** Least recently used eviction: text repeated across filings (boilerplate) stays. */
  private remember(text: string, v: ParsedSentence | Promise<ParsedSentence>): void {
    this.cache.delete(text);
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(text, v);
  }

  /** Fails what is pending when the layer stops answering (a stalled JVM must not hang an ingest). */
  private watch(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.pending.length === 0) {
        clearInterval(this.timer!);
        this.timer = null;
      } else if (Date.now() - this.lastAnswer > REQUEST_TIMEOUT_MS) {
        this.fail(new Error(`no answer for ${REQUEST_TIMEOUT_MS / 1000} s`));
        this.socket?.destroy();
      }
    }, 1_000);
    this.timer.unref();
  }

  private fail(e: Error): void {
    const failure = new Error(`the linguistic layer at ${this.host}:${this.port} failed: ${e.message}`);
    for (const w of this.pending.splice(0)) w.reject(failure);
    this.socket = null;
    this.buffered = '';
  }

  private open(): Socket {
    const socket = connect({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', (e) => {
      if (this.socket === socket) this.fail(e);
    });
    socket.on('close', () => {
      if (this.socket === socket && this.pending.length > 0) this.fail(new Error('connection closed'));
      if (this.socket === socket) this.socket = null;
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
      this.lastAnswer = Date.now();
      if (waiter) {
        try {
          waiter.resolve(fromWire(parseLine(line, waiter.text)));
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
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!s) return;
    s.ref(); // keep the process alive until the close completes
    await new Promise<void>((ok) => {
      s.once('close', () => ok());
      s.end();
    });
  }
}

const WireLineSchema = z.object({
  t: z.array(
    z.tuple([z.string(), z.string(), z.string(), z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().min(-1), z.string()]),
  ),
  error: z.string().optional(),
});

/**
 * The boundary check on what the layer sends: the shape (zod), and that the answer belongs to the
 * sentence asked (every token's offsets lie in it, heads point inside the sentence). A sentence the
 * layer could not analyse comes back unparsed.
 */
function parseLine(line: string, text: string): { t: WireToken[] } {
  const v = WireLineSchema.parse(JSON.parse(line));
  if (v.error) return { t: [] };
  const n = v.t.length;
  for (const [, , , start, end, head] of v.t) {
    if (start > end || end > text.length || head > n) throw new Error(`token offsets ${start}-${end} or head ${head} outside the sentence asked`);
  }
  return v as { t: WireToken[] };
}
