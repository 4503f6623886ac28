/**
 * Domain errors. They are mapped once, at the GraphQL edge, to `extensions.code`.
 * Messages are plain Dutch (B1): they reach the user interface.
 */
export abstract class DomainError extends Error {
  abstract readonly code:
    | 'BAD_USER_INPUT'
    | 'NOT_FOUND'
    | 'CONFLICT'
    | 'FORBIDDEN'
    | 'UNAUTHENTICATED'
    | 'TOO_MANY_ATTEMPTS';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is wrong; `field` names the input field (dotted path, e.g. "input.postcode"). */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'U mag dit niet doen.') {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'U bent niet ingelogd.') {
    super(message);
  }
}

/** Too many failed attempts (e.g. logins) in a short time; try again later. */
export class TooManyAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS' as const;
  constructor(message = 'Te veel pogingen. Probeer het over een kwartier opnieuw.') {
    super(message);
  }
}
