import type { Problem, SourcePosition } from '../domain/disclosure';

export const problem = (severity: Problem['severity'], message: string, position: SourcePosition | null = null): Problem => ({
  severity,
  message,
  position,
});

/** Thrown by a parser when the input is not of its format at all; carries a one-line reason. */
export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParseError';
  }
}

/**
 * At most `max` characters of some input, on one line, for a message: problems and errors name what
 * they refer to without echoing a large input back.
 */
export function excerpt(s: string, max = 60): string {
  const one = s
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return one.length <= max && s.length <= max * 4 ? one : `${one.slice(0, max - 1)}…`;
}
