import { containsPersonalDetails, declineReasonProblem } from './decline-reason';

describe('the reason for declining a referral', () => {
  it('is required and within the server’s limits', () => {
    expect(declineReasonProblem('   ')).toBe('Schrijf waarom u de aanmelding afwijst.');
    expect(declineReasonProblem('x')).toMatch(/iets meer/);
    expect(declineReasonProblem('x'.repeat(501))).toBe('Gebruik hoogstens 500 tekens.');
    expect(declineReasonProblem('Geen passende begeleider vrij.')).toBeNull();
  });

  it('may not hold a BSN, phone number, e-mail address or full postcode', () => {
    for (const text of [
      'BSN 123456782 is bekend',
      'bel 06-12345678',
      'bel 06 1234 5678',
      'bel +31 6 12345678',
      'mail naar j.jansen@example.nl',
      'woont op 1211 AB',
      'woont op 1211AB',
    ]) {
      expect(containsPersonalDetails(text)).toBe(true);
    }
    expect(declineReasonProblem('bel 0612345678')).toMatch(/persoonlijke gegevens/);
  });

  it('lets ordinary sentences with numbers through', () => {
    for (const text of [
      'Wachtlijst van 12 weken, in 2026 en 2027 vol.',
      'Wij hebben pas plek vanaf 1 maart.',
      'Postcode 1211 valt buiten ons gebied.',
      'Locatie in 1271 en omgeving.',
    ]) {
      expect(containsPersonalDetails(text)).toBe(false);
    }
  });
});
