import type { Financing, Urgency } from '@wmo/domain';

/**
 * A small, fictional demo set for regio Gooi en Vechtstreek. Provider names are invented;
 * postcodes and municipality codes are real (see libs/reference).
 */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const REGION_MUNICIPALITIES = [
  'GM0376', // Blaricum
  'GM0317', // Eemnes
  'GM1942', // Gooise Meren
  'GM0402', // Hilversum
  'GM0406', // Huizen
  'GM0417', // Laren
  'GM1696', // Wijdemeren
];

export interface DemoProvider {
  key: string;
  name: string;
  strategicPartner: boolean;
  languages: string[];
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  { key: 'gooizorg', name: 'Zorgcollectief Het Gooi', strategicPartner: true, languages: ['nl'] },
  {
    key: 'vechtbegeleiding',
    name: 'Vecht & Plassen Begeleiding',
    strategicPartner: false,
    languages: ['nl', 'en'],
  },
  {
    key: 'dedraai',
    name: 'Stichting De Draai',
    strategicPartner: false,
    languages: ['nl', 'tr', 'ar'],
  },
  {
    key: 'heidehuis',
    name: 'Dagcentrum Het Heidehuis',
    strategicPartner: false,
    languages: ['nl'],
  },
  {
    key: 'opruimcoach',
    name: 'Opruimcoach Gooi',
    strategicPartner: false,
    languages: ['nl', 'en'],
  },
  {
    key: 'schoonthuis',
    name: 'Schoon Thuis Huizen',
    strategicPartner: false,
    languages: ['nl', 'pl'],
  },
  {
    key: 'nieuwestart',
    name: 'Nieuwe Start Begeleiding',
    strategicPartner: false,
    languages: ['nl', 'en', 'pap'],
  },
];

export interface DemoOffering {
  provider: string;
  productCode: string;
  specialisms: string[];
  postcode: string;
  municipalitiesServed: string[];
  maxTravelKm: number | null;
  totalPlaces: number;
  freePlaces: number;
  waitingWeeks: number;
  financing: Financing[];
}

const ALL = REGION_MUNICIPALITIES;
const ZIN_PGB: Financing[] = ['ZIN', 'PGB'];

export const DEMO_OFFERINGS: DemoOffering[] = [
  {
    provider: 'gooizorg',
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ', 'LVB'],
    postcode: '1211',
    municipalitiesServed: ALL,
    maxTravelKm: 25,
    totalPlaces: 40,
    freePlaces: 6,
    waitingWeeks: 2,
    financing: ['ZIN'],
  },
  {
    provider: 'vechtbegeleiding',
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ', 'AUTISME'],
    postcode: '1231',
    municipalitiesServed: ['GM1696', 'GM0402'],
    maxTravelKm: 15,
    totalPlaces: 12,
    freePlaces: 2,
    waitingWeeks: 0,
    financing: ZIN_PGB,
  },
  {
    provider: 'vechtbegeleiding',
    productCode: 'BEG_SPECIALISTISCH',
    specialisms: ['GGZ', 'NAH'],
    postcode: '1241',
    municipalitiesServed: ALL,
    maxTravelKm: 25,
    totalPlaces: 8,
    freePlaces: 1,
    waitingWeeks: 3,
    financing: ZIN_PGB,
  },
  {
    provider: 'dedraai',
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ', 'LVB', 'JONGVOLWASSENEN'],
    postcode: '1221',
    municipalitiesServed: ['GM0402', 'GM1942', 'GM1696'],
    maxTravelKm: 20,
    totalPlaces: 15,
    freePlaces: 4,
    waitingWeeks: 1,
    financing: ['ZIN'],
  },
  {
    provider: 'dedraai',
    productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
    specialisms: ['ZORGMIJDERS', 'EX_GEDETINEERDEN', 'PGA'],
    postcode: '1213',
    municipalitiesServed: ALL,
    maxTravelKm: 30,
    totalPlaces: 6,
    freePlaces: 2,
    waitingWeeks: 4,
    financing: ['ZIN'],
  },
  {
    provider: 'opruimcoach',
    productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
    specialisms: ['VERZAMELDRANG', 'ZORGMIJDERS'],
    postcode: '1402',
    municipalitiesServed: ALL,
    maxTravelKm: 30,
    totalPlaces: 5,
    freePlaces: 1,
    waitingWeeks: 2,
    financing: ZIN_PGB,
  },
  {
    provider: 'heidehuis',
    productCode: 'DB_LICHT',
    specialisms: ['DEMENTIE', 'LICHAMELIJK'],
    postcode: '1251',
    municipalitiesServed: ['GM0417', 'GM0376', 'GM0406', 'GM0317'],
    maxTravelKm: 12,
    totalPlaces: 20,
    freePlaces: 5,
    waitingWeeks: 0,
    financing: ['ZIN'],
  },
  {
    provider: 'heidehuis',
    productCode: 'DB_MIDDEL_ZWAAR',
    specialisms: ['DEMENTIE', 'NAH'],
    postcode: '1251',
    municipalitiesServed: ['GM0417', 'GM0376', 'GM0406', 'GM0317', 'GM0402'],
    maxTravelKm: 15,
    totalPlaces: 12,
    freePlaces: 0,
    waitingWeeks: 6,
    financing: ['ZIN'],
  },
  {
    provider: 'schoonthuis',
    productCode: 'HBH',
    specialisms: ['DEMENTIE', 'LICHAMELIJK'],
    postcode: '1271',
    municipalitiesServed: ['GM0406', 'GM0376', 'GM0417', 'GM0317'],
    maxTravelKm: 15,
    totalPlaces: 60,
    freePlaces: 12,
    waitingWeeks: 1,
    financing: ZIN_PGB,
  },
  {
    provider: 'nieuwestart',
    productCode: 'BEG_REGULIER',
    specialisms: ['VERSLAVING', 'MULTIPROBLEEM', 'GGZ'],
    postcode: '1402',
    municipalitiesServed: ['GM1942', 'GM0406', 'GM0402'],
    maxTravelKm: 20,
    totalPlaces: 10,
    freePlaces: 3,
    waitingWeeks: 2,
    financing: ['PGB', 'ZIN'],
  },
  {
    provider: 'nieuwestart',
    productCode: 'DB_ARBEIDSMATIG',
    specialisms: ['LVB', 'JONGVOLWASSENEN'],
    postcode: '1411',
    municipalitiesServed: ['GM1942', 'GM0402', 'GM0406'],
    maxTravelKm: 20,
    totalPlaces: 8,
    freePlaces: 2,
    waitingWeeks: 0,
    financing: ['ZIN'],
  },
];

export interface DemoRequest {
  municipalityCode: string;
  postcode: string;
  productCode: string;
  specialisms: string[];
  urgency: Urgency;
  maxDistanceKm: number | null;
  languages: string[];
  strategicPartnerMismatch: string;
}

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    municipalityCode: 'GM0402',
    postcode: '1215',
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ'],
    urgency: 'SOON',
    maxDistanceKm: 15,
    languages: ['tr'],
    strategicPartnerMismatch:
      'Wil begeleiding in het Turks; de strategische partner biedt dat niet.',
  },
  {
    municipalityCode: 'GM1942',
    postcode: '1403',
    productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
    specialisms: ['VERZAMELDRANG'],
    urgency: 'URGENT',
    maxDistanceKm: 20,
    languages: [],
    strategicPartnerMismatch: 'Problematische verzameldrang vraagt een specialist.',
  },
  {
    municipalityCode: 'GM0406',
    postcode: '1272',
    productCode: 'DB_LICHT',
    specialisms: ['DEMENTIE'],
    urgency: 'ROUTINE',
    maxDistanceKm: 10,
    languages: [],
    strategicPartnerMismatch: 'Eerdere plaatsing bij de strategische partner is gestopt.',
  },
  {
    municipalityCode: 'GM1696',
    postcode: '1241',
    productCode: 'BEG_REGULIER',
    specialisms: ['AUTISME'],
    urgency: 'ROUTINE',
    maxDistanceKm: 15,
    languages: ['en'],
    strategicPartnerMismatch: 'Heeft ervaring met autisme nodig, en Engelstalige begeleiding.',
  },
];
