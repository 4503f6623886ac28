import { AuditBuffer } from './audit-buffer';

describe('AuditBuffer', () => {
  it('says a batch is ready when it holds batchSize entries, and hands out the oldest first', () => {
    const buffer = new AuditBuffer<number>(10, 3);
    expect(buffer.add(1)).toBe(false);
    expect(buffer.add(2)).toBe(false);
    expect(buffer.add(3)).toBe(true);
    buffer.add(4);
    expect(buffer.take()).toEqual([1, 2, 3]);
    expect(buffer.take()).toEqual([4]);
    expect(buffer.size).toBe(0);
  });

  it('keeps the newest entries and counts the dropped ones when full', () => {
    const buffer = new AuditBuffer<number>(4, 2);
    for (let i = 1; i <= 7; i += 1) buffer.add(i);
    expect(buffer.size).toBe(4);
    expect(buffer.dropped).toBe(3);
    expect([...buffer.take(), ...buffer.take()]).toEqual([4, 5, 6, 7]);
  });

  it('puts an unwritten batch back in front, dropping what no longer fits', () => {
    const buffer = new AuditBuffer<number>(4, 2);
    buffer.add(1);
    buffer.add(2);
    const batch = buffer.take();
    buffer.add(3);
    buffer.add(4);
    buffer.add(5);
    buffer.giveBack(batch);
    expect(buffer.size).toBe(4);
    expect(buffer.dropped).toBe(1);
    expect([...buffer.take(), ...buffer.take()]).toEqual([2, 3, 4, 5]);
  });
});
