import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes semicolon-separated lines with Dutch decimals and quotes where needed', () => {
    expect(
      toCsv(
        ['Product', 'Mediaan (dagen)', 'Reden'],
        [
          ['Dagbesteding licht', 12.5, 'Groep is vol; wachtlijst'],
          ['Hulp bij het huishouden', 3, 'Zegt "nee"'],
          ['Begeleiding', 0, null],
        ],
      ),
    ).toBe(
      '\uFEFFProduct;Mediaan (dagen);Reden\r\n' +
        'Dagbesteding licht;12,5;"Groep is vol; wachtlijst"\r\n' +
        'Hulp bij het huishouden;3;"Zegt ""nee"""\r\n' +
        'Begeleiding;0;\r\n',
    );
  });
});
