import { spawn } from 'node:child_process';

/**
 * `mvn -B -q -f <pom> package`, without blocking the event loop (a terminal's spinner keeps turning
 * while Maven downloads). Rejects with Maven's last lines, or with how to do without it.
 */
export function mavenPackage(pom: string, what: string, withoutMaven: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn('mvn', ['-B', '-q', '-f', pom, 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (d: Buffer) => (output = (output + d.toString()).slice(-8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (e) => fail(new Error(`cannot run Maven to build ${what}: ${e.message} (install Maven and Java 17, or ${withoutMaven})`)));
    child.once('close', (code) => {
      if (code === 0) ok();
      else fail(new Error(`Maven failed to build ${what}: ${output.trim().split('\n').slice(-5).join(' | ') || `exit code ${code}`}`));
    });
  });
}
