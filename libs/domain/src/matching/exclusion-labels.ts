import type { ExclusionCode } from './matching.types';

const EXCLUSION_LABELS: Readonly<Record<ExclusionCode, string>> = {
  PRODUCT: 'Biedt niet de ondersteuning die u nodig hebt',
  SPECIALISM: 'Heeft geen ervaring met alles wat u nodig hebt',
  MUNICIPALITY: 'Werkt niet in uw gemeente',
  DISTANCE: 'Te ver weg',
  NO_FREE_PLACE: 'Geen vrije plek, en geen wachtlijst die voor u past',
  FINANCING: 'Werkt niet met uw manier van betalen (zorg in natura of pgb)',
  LANGUAGE: 'Spreekt niet de taal die nodig is',
  STRATEGIC_PARTNER: 'Is een vaste partner van de regio, en die past niet bij uw vraag',
  PROVIDER_EXCLUDED: 'Deze aanbieder is voor uw vraag uitgesloten',
  NOT_IN_TOP: 'Past wel, maar andere opties passen beter',
};

/** Plain Dutch (B1) explanation of why offerings were left out. */
export function exclusionLabel(code: ExclusionCode): string {
  return EXCLUSION_LABELS[code];
}
