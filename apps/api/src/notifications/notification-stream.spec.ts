import { NotificationStream } from './notification-stream';

describe('NotificationStream', () => {
  it('delivers every notification in order, also those pushed before they are asked for', async () => {
    const stream = new NotificationStream<number>(() => undefined);
    stream.push(1);
    stream.push(2);
    await expect(stream.next()).resolves.toEqual({ done: false, value: 1 });
    await expect(stream.next()).resolves.toEqual({ done: false, value: 2 });
    const waiting = stream.next();
    stream.push(3);
    await expect(waiting).resolves.toEqual({ done: false, value: 3 });
  });

  it('ends a waiting subscriber and unregisters once, when returned', async () => {
    const closed = jest.fn();
    const stream = new NotificationStream<number>(closed);
    const waiting = stream.next();
    await stream.return();
    await stream.return();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    stream.push(4);
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
