import { hasProblems, pickFields, toFieldProblems } from './form-problems';

const FIELDS = ['name', 'email', 'role'] as const;
const IDS = { name: 'user-name', email: 'user-email', role: 'user-role' };

describe('a form’s mistakes', () => {
  it('lists them in the order of the form, each linking to its input', () => {
    expect(
      toFieldProblems({ role: 'Kies een rol.', name: 'Vul de naam in.' }, FIELDS, IDS),
    ).toEqual([
      { inputId: 'user-name', message: 'Vul de naam in.' },
      { inputId: 'user-role', message: 'Kies een rol.' },
    ]);
    expect(toFieldProblems({}, FIELDS, IDS)).toEqual([]);
  });

  it('knows whether there is anything to fix', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ name: undefined })).toBe(false);
    expect(hasProblems({ name: 'Vul de naam in.' })).toBe(true);
  });

  it('keeps only the server’s messages about fields the form has', () => {
    expect(pickFields({ email: 'Bestaat al.', providerId: 'Onbekend.' }, FIELDS)).toEqual({
      email: 'Bestaat al.',
    });
  });
});
