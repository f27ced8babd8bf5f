import type { NextFunction, Request, Response } from 'express';

/**
 * The largest JSON body the API reads. The largest legitimate request is a policy tool's
 * revision: sections of up to 50,000 characters each, which JSON may escape to six bytes a
 * code unit (an emoji is twelve); 4 MB holds a long handbook and refuses a flood cheaply.
 */
export const JSON_BODY_LIMIT = '4mb';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/**
 * Express error handler for what the body parser refuses (too large, not JSON, a charset it
 * cannot read): answered in the GraphQL error shape with a stable code, as every other
 * refusal is, instead of the framework's HTML page. Anything else goes on to Nest.
 */
export function refuseUnreadableBodies() {
  return (error: BodyParserError, _req: Request, res: Response, next: NextFunction): void => {
    if (!error.type || !error.status || error.status < 400 || error.status >= 500) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    res.status(error.status).json({
      errors: [
        {
          message: tooLarge ? `The request is larger than the ${JSON_BODY_LIMIT.toUpperCase()} the API reads.` : 'The request body is not JSON the API can read.',
          extensions: { code: tooLarge ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST', reason: `BODY.${error.type.toUpperCase().replace(/\W+/g, '_')}` },
        },
      ],
    });
  };
}
