import { exchangeObjectId } from './exchange-ids';

describe('the platform id of an imported record', () => {
  it('is the HSDS id itself when that is a platform id', () => {
    expect(exchangeObjectId('offering', '65f0c0ffee0000000000abcd')).toBe(
      '65f0c0ffee0000000000abcd',
    );
  });

  it('is the same for the same outside id, different per kind, and carries no date', () => {
    const id = exchangeObjectId('offering', 'b6a1e0f4-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(id).toMatch(/^00000000[0-9a-f]{16}$/);
    expect(exchangeObjectId('offering', 'b6a1e0f4-1c2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(id);
    expect(exchangeObjectId('provider', 'b6a1e0f4-1c2d-4e5f-8a9b-0c1d2e3f4a5b')).not.toBe(id);
  });
});
