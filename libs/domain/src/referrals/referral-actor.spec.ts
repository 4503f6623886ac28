import { SYSTEM_ACTOR } from './referral';
import { describeActor } from './referral-actor';

describe('describeActor', () => {
  const sanne = { name: 'Sanne de Vries', email: 'sanne@gemeente.nl', role: 'STAFF' as const };

  it('names a user by name and role', () => {
    expect(describeActor('u1', sanne)).toEqual({ name: 'Sanne de Vries', role: 'STAFF' });
  });

  it('falls back to the email when the user has no name', () => {
    expect(describeActor('u1', { ...sanne, name: null })).toEqual({
      name: 'sanne@gemeente.nl',
      role: 'STAFF',
    });
    expect(describeActor('u1', { ...sanne, name: '  ' }).name).toBe('sanne@gemeente.nl');
  });

  it('calls the platform itself "Systeem", whatever user is passed', () => {
    expect(describeActor(SYSTEM_ACTOR, null)).toEqual({ name: 'Systeem', role: null });
    expect(describeActor(SYSTEM_ACTOR, sanne)).toEqual({ name: 'Systeem', role: null });
  });

  it('keeps a step whose account no longer exists, without a name', () => {
    expect(describeActor('gone', null)).toEqual({ name: 'Onbekende gebruiker', role: null });
  });
});
