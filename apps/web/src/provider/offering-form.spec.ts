import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toFieldProblems } from '../shared/form-problems';
import {
  EMPTY_OFFERING_FORM,
  FIELD_ORDER,
  formOf,
  INPUT_IDS,
  offeringServerProblems,
  parseKm,
  toCapacityInput,
  toCreateInput,
  toUpdateInput,
  validateOfferingForm,
  type OfferingFormValues,
} from './offering-form';

const filled: OfferingFormValues = {
  productCode: 'BEG_REGULIER',
  specialisms: ['GGZ', 'LVB'],
  postcode: ' 1211 ab ',
  municipalitiesServed: ['GM0402'],
  maxTravelKm: '7,5',
  totalPlaces: '10',
  freePlaces: '3',
  waitingWeeks: '2',
  financing: ['ZIN', 'PGB'],
};

const stored = {
  id: 'o1',
  productCode: 'BEG_REGULIER',
  specialisms: ['GGZ'],
  postcode: '1211',
  municipalitiesServed: ['GM0402', 'GM0406'],
  maxTravelKm: 12.5,
  totalPlaces: 10,
  freePlaces: 3,
  waitingWeeks: 2,
  financing: ['ZIN' as const],
};

describe('the offering form', () => {
  it('finds every mistake of an empty form, in Dutch, in the order of the page', () => {
    const errors = validateOfferingForm({ ...EMPTY_OFFERING_FORM, waitingWeeks: '' }, 'create');
    expect(toFieldProblems(errors, FIELD_ORDER, INPUT_IDS)).toEqual([
      { inputId: 'aanbod-product', message: 'Kies een product.' },
      { inputId: 'aanbod-postcode', message: 'Vul de postcode van de locatie in.' },
      { inputId: 'aanbod-gemeenten', message: 'Kies minstens één gemeente.' },
      {
        inputId: 'aanbod-plekken',
        message: 'Vul het aantal plekken in als heel getal, 0 of meer.',
      },
      {
        inputId: 'aanbod-vrije-plekken',
        message: 'Vul het aantal vrije plekken in als heel getal, 0 of meer.',
      },
      {
        inputId: 'aanbod-wachttijd',
        message: 'Vul de wachttijd in als heel aantal weken, van 0 tot 520.',
      },
      { inputId: 'aanbod-financiering', message: 'Kies minstens één manier van betalen.' },
    ]);
  });

  it('accepts a filled form, and checks postcode, distance and places like the server', () => {
    expect(validateOfferingForm(filled, 'create')).toEqual({});
    const wrong = validateOfferingForm(
      { ...filled, postcode: '0211', maxTravelKm: '400', freePlaces: '11' },
      'create',
    );
    expect(wrong).toEqual({
      postcode: expect.stringContaining('4 cijfers'),
      maxTravelKm: expect.stringContaining('0,1 tot 300'),
      freePlaces: 'Er kunnen niet meer vrije plekken zijn dan plekken in totaal.',
    });
    expect(validateOfferingForm({ ...filled, productCode: '' }, 'edit')).toEqual({});
  });

  it('reads distances with a decimal comma or point, and an empty one as no limit', () => {
    expect(parseKm('7,5')).toBe(7.5);
    expect(parseKm('7.5')).toBe(7.5);
    expect(parseKm(' ')).toBeNull();
    expect(parseKm('zeven')).toBeNaN();
  });

  it('makes the createOffering input for the provider', () => {
    expect(toCreateInput(filled, 'p1')).toEqual({
      providerId: 'p1',
      productCode: 'BEG_REGULIER',
      specialisms: ['GGZ', 'LVB'],
      postcode: '1211 ab',
      municipalitiesServed: ['GM0402'],
      maxTravelKm: 7.5,
      totalPlaces: 10,
      freePlaces: 3,
      waitingWeeks: 2,
      financing: ['ZIN', 'PGB'],
    });
    expect(toCreateInput({ ...filled, maxTravelKm: '' }, 'p1').maxTravelKm).toBeNull();
  });

  it('starts editing from the stored offering and reports places only when they change', () => {
    const form = formOf(stored);
    expect(form).toMatchObject({ maxTravelKm: '12,5', totalPlaces: '10', postcode: '1211' });
    expect(toUpdateInput(form, 'o1')).toEqual({
      offeringId: 'o1',
      specialisms: ['GGZ'],
      postcode: '1211',
      municipalitiesServed: ['GM0402', 'GM0406'],
      maxTravelKm: 12.5,
      financing: ['ZIN'],
    });
    expect(toCapacityInput(form, stored)).toBeNull();
    expect(toCapacityInput({ ...form, totalPlaces: '12' }, stored)).toEqual({
      offeringId: 'o1',
      totalPlaces: 12,
      freePlaces: 3,
      waitingWeeks: 2,
    });
  });

  it('shows server errors at the fields they name', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Deze postcode kennen wij niet.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.postcode' },
        },
        { message: 'Onbekend.', extensions: { code: 'BAD_USER_INPUT', field: 'input.providerId' } },
      ],
    });
    expect(offeringServerProblems(error)).toEqual({ postcode: 'Deze postcode kennen wij niet.' });
  });
});
