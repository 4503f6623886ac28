/** Fields that may hold secrets or a client's personal data: never written to a log line. */
const SENSITIVE_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'clientReference',
  'postcode',
  'notes',
  'email',
  'phone',
];

/**
 * pino `redact` paths: headers that carry credentials, and the sensitive fields at the top of a
 * logged object and up to two levels down (pino's wildcards match one level each).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SENSITIVE_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];
