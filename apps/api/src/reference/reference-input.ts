import { InvalidInputError } from '@wmo/domain';
import {
  findMunicipality,
  findPostcodeArea,
  findProduct,
  findSpecialism,
  parsePostcode,
} from '@wmo/reference';

/** Checks input against the reference data; each failure names the field. */
export function knownPostcode(field: string, input: string): string {
  const pc4 = parsePostcode(input);
  if (!pc4)
    throw new InvalidInputError(field, 'Vul een geldige postcode in, bijvoorbeeld 1211 of 1211AB.');
  if (!findPostcodeArea(pc4)) {
    throw new InvalidInputError(field, 'Deze postcode kennen wij niet in deze regio.');
  }
  return pc4;
}

/** A known PC4 that lies in the request's municipality (a resident lives where they ask). */
export function postcodeInMunicipality(
  field: string,
  input: string,
  municipalityCode: string,
): string {
  const pc4 = knownPostcode(field, input);
  const area = findPostcodeArea(pc4);
  if (area && area.municipalityCode !== municipalityCode) {
    const municipality = findMunicipality(municipalityCode)?.name ?? municipalityCode;
    throw new InvalidInputError(
      field,
      `Postcode ${pc4} ligt in ${area.place}, niet in de gemeente ${municipality}. Vul de postcode van de inwoner in.`,
    );
  }
  return pc4;
}

export function knownProduct(field: string, code: string): string {
  if (!findProduct(code)) throw new InvalidInputError(field, 'Dit product bestaat niet.');
  return code;
}

export function knownSpecialisms(field: string, codes: readonly string[]): string[] {
  codes.forEach((code, index) => {
    if (!findSpecialism(code)) {
      throw new InvalidInputError(
        `${field}.${index}`,
        `De doelgroep "${code.slice(0, 40)}" bestaat niet.`,
      );
    }
  });
  return [...new Set(codes)];
}

export function knownMunicipality(field: string, code: string): string {
  if (!findMunicipality(code)) throw new InvalidInputError(field, 'Deze gemeente kennen wij niet.');
  return code;
}

export function knownMunicipalities(field: string, codes: readonly string[]): string[] {
  codes.forEach((code, index) => knownMunicipality(`${field}.${index}`, code));
  return [...new Set(codes)];
}

/** ISO 639-1 language codes, lower case. */
export function languageCodes(field: string, codes: readonly string[]): string[] {
  return [
    ...new Set(
      codes.map((code, index) => {
        const normalized = code.trim().toLowerCase();
        if (!/^[a-z]{2}$/.test(normalized)) {
          throw new InvalidInputError(
            `${field}.${index}`,
            'Gebruik een taalcode van twee letters, zoals nl of en.',
          );
        }
        return normalized;
      }),
    ),
  ];
}
