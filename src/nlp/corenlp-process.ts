import { spawn, type ChildProcess } from 'node:child_process';
import { mavenPackage } from '../config/maven';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/paths';
import { javaBinary } from '../config/java';

/**
 * Starts the linguistic layer (nlp/: Stanford CoreNLP 4.5.10 from Maven Central, GPL-3.0, run as its own
 * process and spoken to over loopback TCP). The Maven build runs once; models stay in the Maven cache.
 */
export interface LocalNlp {
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

const NLP = join(projectRoot(), 'nlp');
const MAIN_CLASS = 'dev.disclosuregraph.nlp.NlpServer';

export async function ensureNlpBuilt(log: (line: string) => void = () => undefined): Promise<string> {
  const classFile = join(NLP, 'target', 'classes', 'dev', 'disclosuregraph', 'nlp', 'NlpServer.class');
  const classpath = join(NLP, 'target', 'classpath.txt');
  const sources = [join(NLP, 'pom.xml'), join(NLP, 'src', 'main', 'java', 'dev', 'disclosuregraph', 'nlp', 'NlpServer.java')];
  const newestSource = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const fresh = existsSync(classFile) && existsSync(classpath) && statSync(classFile).mtimeMs >= newestSource;
  if (
    !fresh ||
    !readFileSync(classpath, 'utf8')
      .split(':')
      .every((jar) => existsSync(jar))
  ) {
    log('building the linguistic layer (first run only: Maven fetches CoreNLP and its models from Maven Central, about 480 MB)…');
    await mavenPackage(join(NLP, 'pom.xml'), 'the linguistic layer', 'set NLP_URL');
  }
  return `${join(NLP, 'target', 'classes')}:${readFileSync(classpath, 'utf8').trim()}`;
}

export interface LocalNlpOptions {
  threads?: number;
  heapMb?: number;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export async function startLocalNlp(opts: LocalNlpOptions = {}): Promise<LocalNlp> {
  const log = opts.log ?? (() => undefined);
  const cp = await ensureNlpBuilt(log);
  log('starting the linguistic layer (CoreNLP); waiting for its models to load…');
  const args = [`-Xmx${opts.heapMb ?? 1536}m`, '-XX:+ExitOnOutOfMemoryError', '-cp', cp, MAIN_CLASS, '--port', '0'];
  if (opts.threads) args.push('--threads', String(opts.threads));
  const child: ChildProcess = spawn(javaBinary(), args, { stdio: ['pipe', 'ignore', 'pipe'] });
  const port = await new Promise<number>((ok, fail) => {
    const tail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the linguistic layer did not start within ${(opts.readyTimeoutMs ?? 120_000) / 1000} s: ${tail.slice(-3).join(' | ')}`));
    }, opts.readyTimeoutMs ?? 120_000);
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^NLP_READY (\d+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          child.stderr?.off('data', onData);
          child.stderr?.resume(); // keep draining, never block the JVM on a full pipe
          ok(Number(m[1]));
          return;
        }
        tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the linguistic layer exited (code ${code}) before it was ready: ${tail.slice(-3).join(' | ')}`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      fail(new Error(`cannot start java for the linguistic layer: ${e.message}`));
    });
  });
  child.unref();
  (child.stderr as unknown as { unref?: () => void })?.unref?.();
  (child.stdin as unknown as { unref?: () => void })?.unref?.();
  return {
    host: '127.0.0.1',
    port,
    pid: child.pid ?? -1,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        child.ref();
        child.once('exit', () => ok());
        child.stdin?.end(); // the server exits when its stdin closes
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
