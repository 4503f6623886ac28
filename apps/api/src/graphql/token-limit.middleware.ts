import type { NextFunction, Request, Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Refuses a GraphQL document with more than `maxTokens` tokens before it is parsed, with a clean
 * 400 BAD_USER_INPUT (a limit thrown inside an Apollo plugin would surface as a 500).
 */
export function tokenLimit(maxTokens: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && exceeds(query, maxTokens)) {
      res.status(400).json({
        errors: [
          {
            message: `De vraag is te groot (meer dan ${maxTokens} onderdelen).`,
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      return;
    }
    next();
  };
}

function exceeds(query: string, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count++) {
      if (count >= maxTokens) return true;
    }
  } catch {
    // A lexing error is reported by the parser with its own clean message.
  }
  return false;
}
