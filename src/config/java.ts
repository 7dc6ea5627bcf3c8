import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The java both local services run on (Neo4j 5.26 supports Java 17 and 21 only): a JDK 17 before whatever newer java is on PATH. */
export function javaBinary(): string {
  // 5.26 supports Java 17 and 21 only: prefer a JDK 17 over whatever newer java is on PATH
  const candidates = [process.env.JAVA_HOME, '/usr/lib/jvm/java-17-openjdk-amd64', '/usr/lib/jvm/java-21-openjdk-amd64'];
  for (const home of candidates) if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  return 'java';
}
