import { WriteTurns } from './write-turns';

describe('WriteTurns', () => {
  it('runs one turn at a time, in the order asked', async () => {
    const turns = new WriteTurns();
    const order: string[] = [];
    let inside = 0;
    const turn = (name: string, ms: number) =>
      turns.take(async () => {
        inside++;
        expect(inside).toBe(1);
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name} out`);
        inside--;
        return name;
      });
    await expect(Promise.all([turn('a', 5), turn('b', 1), turn('c', 0)])).resolves.toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('passes the turn on after a failure', async () => {
    const turns = new WriteTurns();
    const failed = turns.take(async () => {
      throw new Error('refused');
    });
    const next = turns.take(async () => 'stored');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('stored');
    expect(turns.length).toBe(0);
  });
});
