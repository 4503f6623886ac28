import {
  isTransientLockError,
  retryTransientWrite,
  transientWriteDelayMs,
} from './transient-write';
import { WriteTurns } from './write-turns';

/** The error FerretDB 1.24 (SQLite) returned to 2 of 200 concurrent findOneAndUpdates by _id. */
function aLockError(): Error & { code: number; codeName: string } {
  return Object.assign(
    new Error(
      '[msg_findandmodify.go:196 handler.(*Handler).findAndModifyDocument] [update.go:114 ' +
        'common.UpdateDocument] [collection.go:191 sqlite.(*collection).UpdateAll] ' +
        '[collection.go:177 sqlite.(*collection).UpdateAll.func1] database is locked (5) (SQLITE_BUSY)',
    ),
    { name: 'MongoServerError', code: 1, codeName: 'InternalError' },
  );
}

function aDuplicateKeyError(): Error & { code: number } {
  return Object.assign(new Error('E11000 duplicate key error collection: wmo.holds'), {
    name: 'MongoServerError',
    code: 11000,
  });
}

/** A write that fails with the given errors, in order, and then answers 'stored'. */
function aWriteFailingWith(...errors: unknown[]) {
  const write = jest.fn(async () => {
    const error = errors[write.mock.calls.length - 1];
    if (error !== undefined) throw error;
    return 'stored';
  });
  return write;
}

const noPause = { sleep: jest.fn(async () => undefined), random: () => 0.5 };

describe('isTransientLockError', () => {
  it("recognises FerretDB's SQLite lock error", () => {
    expect(isTransientLockError(aLockError())).toBe(true);
  });

  it('does not take a duplicate key for a lock, even one mentioning a lock', () => {
    expect(isTransientLockError(aDuplicateKeyError())).toBe(false);
    expect(
      isTransientLockError(Object.assign(new Error('database is locked'), { code: 11000 })),
    ).toBe(false);
  });

  it('leaves other internal errors and anything that is not an error alone', () => {
    expect(isTransientLockError(Object.assign(new Error('no such table'), { code: 1 }))).toBe(
      false,
    );
    expect(isTransientLockError(new Error('database is locked (5) (SQLITE_BUSY)'))).toBe(false);
    expect(isTransientLockError('database is locked')).toBe(false);
    expect(isTransientLockError(null)).toBe(false);
  });
});

describe('retryTransientWrite', () => {
  it('writes once when the database answers (always, on MongoDB)', async () => {
    const write = aWriteFailingWith();
    await expect(retryTransientWrite(write, noPause)).resolves.toBe('stored');
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes again after a pause while the database is locked, and says so', async () => {
    const sleep = jest.fn(async () => undefined);
    const onRetry = jest.fn();
    const first = aLockError();
    const write = aWriteFailingWith(first, aLockError());
    await expect(retryTransientWrite(write, { ...noPause, sleep, onRetry })).resolves.toBe(
      'stored',
    );
    expect(write).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenNthCalledWith(1, first, 1);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('gives up after the bounded number of tries with the lock error itself', async () => {
    const last = aLockError();
    const write = aWriteFailingWith(aLockError(), aLockError(), last, aLockError());
    await expect(retryTransientWrite(write, { ...noPause, attempts: 3 })).rejects.toBe(last);
    expect(write).toHaveBeenCalledTimes(3);
  });

  it('never repeats a write refused for a duplicate key', async () => {
    const duplicate = aDuplicateKeyError();
    const write = aWriteFailingWith(duplicate);
    await expect(retryTransientWrite(write, noPause)).rejects.toBe(duplicate);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('gives up once the deadline after the first lock error has passed', async () => {
    let clock = 0;
    const last = aLockError();
    const write = jest.fn(async () => {
      clock += 400; // each try waits out the busy timeout
      throw write.mock.calls.length === 4 ? last : aLockError();
    });
    const options = { ...noPause, now: () => clock, deadlineMs: 1_000 };
    // First lock at 400 ms (deadline 1,400); repeats sent at 400, 800 and 1,200 ms; the last
    // answers at 1,600 ms, past the deadline: no fifth try.
    await expect(retryTransientWrite(write, options)).rejects.toBe(last);
    expect(write).toHaveBeenCalledTimes(4);
  });

  it('lets the writers that met the lock go again one at a time, every one in the end', async () => {
    const turns = new WriteTurns();
    let repeating = 0;
    let mostRepeating = 0;
    let locked = 0;
    // A database that turns away the first try of every writer.
    const writer = () => {
      let tries = 0;
      return async () => {
        tries++;
        if (tries > 1) repeating++;
        mostRepeating = Math.max(mostRepeating, repeating);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (tries > 1) repeating--;
        if (tries === 1) {
          locked++;
          throw aLockError();
        }
        return 'stored';
      };
    };
    const sleep = async () => undefined;
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        retryTransientWrite(writer(), { turns, sleep, random: () => 0.5 }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 100 }, () => 'stored'));
    expect(locked).toBe(100);
    expect(turns.length).toBe(0);
    // The repeats went one by one.
    expect(mostRepeating).toBe(1);
  });

  it('stops at the first error that is not a lock', async () => {
    const refused = new Error('validation failed');
    const write = aWriteFailingWith(aLockError(), refused);
    await expect(retryTransientWrite(write, noPause)).rejects.toBe(refused);
    expect(write).toHaveBeenCalledTimes(2);
  });
});

describe('transientWriteDelayMs', () => {
  const retry = { firstDelayMs: 40, maxDelayMs: 400 };

  it('doubles the bound with every try and jitters within its upper half', () => {
    expect(transientWriteDelayMs(1, { ...retry, random: () => 0 })).toBe(20);
    expect(transientWriteDelayMs(1, { ...retry, random: () => 0.999 })).toBeCloseTo(40, 0);
    expect(transientWriteDelayMs(2, { ...retry, random: () => 0 })).toBe(40);
    expect(transientWriteDelayMs(3, { ...retry, random: () => 0 })).toBe(80);
  });

  it('never waits longer than the cap', () => {
    expect(transientWriteDelayMs(10, { ...retry, random: () => 0.999 })).toBeLessThan(400);
  });
});
