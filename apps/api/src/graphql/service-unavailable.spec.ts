import { isServiceUnavailable } from './service-unavailable';

function named(name: string, message = 'x'): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('isServiceUnavailable', () => {
  it('knows the drivers’ errors for a database or Redis that cannot be reached', () => {
    expect(isServiceUnavailable(named('MongoServerSelectionError'))).toBe(true);
    expect(isServiceUnavailable(named('MongooseServerSelectionError'))).toBe(true);
    expect(isServiceUnavailable(named('MongoNetworkError'))).toBe(true);
    expect(isServiceUnavailable(named('MongoNotConnectedError'))).toBe(true);
    expect(isServiceUnavailable(named('MaxRetriesPerRequestError'))).toBe(true);
    expect(
      isServiceUnavailable(
        new Error("Stream isn't writeable and enableOfflineQueue options is false"),
      ),
    ).toBe(true);
    expect(isServiceUnavailable(new Error('Connection is closed.'))).toBe(true);
  });

  it('looks through the cause chain', () => {
    expect(isServiceUnavailable(new Error('wrapped', { cause: named('MongoNetworkError') }))).toBe(
      true,
    );
  });

  it('leaves every other error alone', () => {
    expect(isServiceUnavailable(new Error('boom'))).toBe(false);
    expect(isServiceUnavailable(named('MongoServerError', 'E11000 duplicate key'))).toBe(false);
    expect(isServiceUnavailable('a string')).toBe(false);
    expect(isServiceUnavailable(null)).toBe(false);
  });
});
