import {
  hashResidentLinkToken,
  isResidentLinkToken,
  isWellFormedResidentLinkToken,
  newResidentLinkToken,
} from './resident-link-token';

describe('resident link tokens', () => {
  it('are random, prefixed and well-formed', () => {
    const first = newResidentLinkToken();
    const second = newResidentLinkToken();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^rl_[A-Za-z0-9_-]{43}$/);
    expect(isResidentLinkToken(first)).toBe(true);
    expect(isWellFormedResidentLinkToken(first)).toBe(true);
  });

  it('are never mistaken for a JWT, and malformed ones are recognised without a lookup', () => {
    expect(isResidentLinkToken('eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBe(false);
    expect(isWellFormedResidentLinkToken('rl_short')).toBe(false);
    expect(isWellFormedResidentLinkToken(`rl_${'a'.repeat(42)}!`)).toBe(false);
  });

  it('hash to a stable digest that does not contain the token', () => {
    const token = newResidentLinkToken();
    const hash = hashResidentLinkToken(token);
    expect(hash).toBe(hashResidentLinkToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(3));
    expect(hashResidentLinkToken(newResidentLinkToken())).not.toBe(hash);
  });
});
