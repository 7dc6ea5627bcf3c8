import { createServer, type Server, type Socket } from 'node:net';
import { NlpClient } from '../../src/nlp/client';
import { testAnalyzer } from '../helpers/nlp';

/**
 * The client against a peer that misbehaves on purpose (a dying or garbling layer cannot be produced on
 * demand from CoreNLP), and against the real layer for what it answers.
 */
const token = (w: string, start: number) => `["${w}","${w.toLowerCase()}","NN",${start},${start + w.length},0,"root"]`;

function peer(onLine: (line: string, socket: Socket, n: number) => void): Promise<{ server: Server; port: number }> {
  return new Promise((ok) => {
    let n = 0;
    const server = createServer((socket) => {
      let buf = '';
      socket.on('data', (d) => {
        buf += d.toString('utf8');
        let nl = buf.indexOf('\n');
        while (nl !== -1) {
          onLine(buf.slice(0, nl), socket, n++);
          buf = buf.slice(nl + 1);
          nl = buf.indexOf('\n');
        }
      });
    });
    server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port }));
  });
}

test('a layer that dies mid-request fails only what was pending; the next request reconnects', async () => {
  const { server, port } = await peer((line, socket, n) => (n === 0 ? socket.destroy() : socket.write(`{"t":[${token('Ok', 0)}]}\n`)));
  const client = new NlpClient('127.0.0.1', port);
  await expect(client.analyze(['First sentence.'])).rejects.toThrow(/linguistic layer .* failed/);
  const again = await client.analyze(['Ok']);
  expect(again.get('Ok')!.tokens.map((t) => t.text)).toEqual(['Ok']);
  await client.close();
  server.close();
});

test('a malformed or foreign answer rejects that sentence only, with a clear reason', async () => {
  const { server, port } = await peer((line, socket) =>
    socket.write(line === 'Bad' ? '{"t":"nope"}\n' : line === 'Far' ? `{"t":[${token('Far', 90)}]}\n` : `{"t":[${token(line, 0)}]}\n`),
  );
  const client = new NlpClient('127.0.0.1', port);
  await expect(client.analyze(['Bad'])).rejects.toThrow(/bad line/);
  await expect(client.analyze(['Far'])).rejects.toThrow(/outside the sentence/);
  expect((await client.analyze(['Good'])).get('Good')!.parsed).toBe(true);
  await client.close();
  server.close();
});

test('a sentence the layer could not analyse comes back unparsed, not as an error', async () => {
  const { server, port } = await peer((_line, socket) => socket.write('{"t":[],"error":"java.lang.StackOverflowError"}\n'));
  const client = new NlpClient('127.0.0.1', port);
  const got = await client.analyze(['Deep']);
  expect(got.get('Deep')).toEqual({ tokens: [], parsed: false });
  await client.close();
  server.close();
});

test('the same text asked twice at once is sent once; answers are memoised', async () => {
  const seen: string[] = [];
  const { server, port } = await peer((line, socket) => (seen.push(line), socket.write(`{"t":[${token(line, 0)}]}\n`)));
  const client = new NlpClient('127.0.0.1', port, 2);
  await Promise.all([client.analyze(['One', 'One']), client.analyze(['One'])]);
  await client.analyze(['One']);
  expect(seen).toEqual(['One']);
  await client.analyze(['Two', 'Three', 'Four']); // the cache holds 2: the oldest go
  await client.analyze(['One']);
  expect(seen.filter((s) => s === 'One')).toHaveLength(2);
  await client.close();
  server.close();
});

test('the real layer: tokens carry offsets into the sentence, lemmas, tags and a dependency tree', async () => {
  const s = 'The Chief Technology Officer reports to the Risk Committee.';
  const p = (await testAnalyzer().analyze([s])).get(s)!;
  expect(p.parsed).toBe(true);
  for (const t of p.tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  const reports = p.tokens.find((t) => t.text === 'reports')!;
  expect([reports.lemma, reports.tag.startsWith('VB'), reports.rel]).toEqual(['report', true, 'root']);
  expect(p.tokens.find((t) => t.text === 'Officer')!).toMatchObject({ rel: 'nsubj', head: reports.i });
});
