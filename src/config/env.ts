import { z } from 'zod';

/** Every setting the product reads from the environment, validated once at startup. */
export const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, neo4j+s:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_HOME: z.string().min(1).default('.neo4j-local/data'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(8).max(512).default(256),
  NEO4J_HEAP_MB: z.coerce.number().int().min(128).max(512).default(512),
  // transaction timeouts: Neo4j ends a statement that runs longer (QUERY_TIMEOUT to API clients)
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEO4J_WRITE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  NLP_URL: z
    .string()
    .regex(/^(?:tcp:\/\/)?[^:/\s]+:\d{1,5}\/?$/, 'must be host:port of a running linguistic layer')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CORS_ORIGINS: z.string().default(''),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(20_000),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment; on failure one line per bad variable, naming it. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(lines);
}

export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(`invalid configuration:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
