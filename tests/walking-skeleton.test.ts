import { eventually } from './support/eventually';
import {
  aPrivateLanguages,
  aPrivateMarket,
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  offeringIds,
  shortlistOf,
  updateCapacity,
  type ShortlistView,
} from './support/scenario';

describe('capacity change → worker → shortlist, through the real api and worker', () => {
  it('drops an offering when its last place is taken and brings it back when places free up', async () => {
    const { staff, owner, offering, request } = await aPrivateMarket(2);

    const first = await eventually(
      () => shortlistOf(staff.token, request.id),
      (shortlist) => offeringIds(shortlist).includes(offering.id),
      { what: 'the offering in the first shortlist' },
    );

    await updateCapacity(owner.token, offering.id, 0);
    const emptied = await eventually(
      () => shortlistOf(staff.token, request.id),
      (shortlist) =>
        (shortlist?.revision ?? 0) > (first?.revision ?? 0) &&
        !offeringIds(shortlist).includes(offering.id),
      { what: 'a new revision without the full offering' },
    );
    expect(emptied?.cause.kind).toBe('CAPACITY_CHANGED');

    await updateCapacity(owner.token, offering.id, 2);
    const refilled: ShortlistView | null = await eventually(
      () => shortlistOf(staff.token, request.id),
      (shortlist) =>
        (shortlist?.revision ?? 0) > (emptied?.revision ?? 0) &&
        offeringIds(shortlist).includes(offering.id),
      { what: 'the offering back in a newer revision' },
    );
    expect(
      refilled?.options.find((option) => option.offering?.id === offering.id)?.freePlaces,
    ).toBe(2);
  });

  it('keeps offerings for another product or municipality out of the shortlist', async () => {
    const admin = await loginAsAdmin();
    const staff = await createUser(admin, {
      role: 'STAFF',
      municipalityCodes: ['GM0402', 'GM0406'],
    });
    const languages = aPrivateLanguages();
    const provider = await createProvider(staff.token, { languages: ['nl', ...languages] });
    const fitting = await createOffering(staff.token, anOfferingInput(provider.id));
    const otherProduct = await createOffering(
      staff.token,
      anOfferingInput(provider.id, { productCode: 'HBH', specialisms: [] }),
    );
    const otherMunicipality = await createOffering(
      staff.token,
      anOfferingInput(provider.id, { municipalitiesServed: ['GM0406'] }),
    );
    const request = await createRequest(staff.token, { requiredLanguages: languages });

    const shortlist = await eventually(
      () => shortlistOf(staff.token, request.id),
      (value) => offeringIds(value).includes(fitting.id),
      { what: 'the fitting offering' },
    );
    expect(offeringIds(shortlist)).not.toContain(otherProduct.id);
    expect(offeringIds(shortlist)).not.toContain(otherMunicipality.id);
  });
});
