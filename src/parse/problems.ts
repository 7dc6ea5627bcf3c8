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
