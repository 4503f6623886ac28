import { formatList, plural } from '../shared/format';

/**
 * Every word the providers' screens show, in one place (Dutch, B1). Functions build the
 * sentences with figures in them.
 */
export const NAV = {
  board: 'Mijn aanbod',
  inbox: 'Aanmeldingen',
};

export const BOARD = {
  title: 'Mijn aanbod',
  intro:
    'Houd hier bij hoeveel vrije plekken u hebt en hoe lang de wachttijd is. Consulenten zien dat meteen als zij zorg zoeken voor een inwoner.',
  add: 'Aanbod toevoegen',
  loading: 'Even geduld, uw aanbod wordt geladen…',
  loadFailed: 'Uw aanbod kon niet worden geladen',
  emptyTitle: 'U hebt nog geen aanbod',
  emptyText:
    'Voeg uw eerste aanbod toe. Daarna kunnen consulenten u vinden, en houdt u hier uw vrije plekken bij.',
  pages: 'Pagina’s met aanbod',
  pagesNoun: 'Aanbod',
  targetGroups: 'Doelgroepen',
  noTargetGroups: 'Geen vaste doelgroep',
  location: 'Locatie',
  locationValue: (postcode: string) => `postcode ${postcode}`,
  municipalities: 'Gemeenten',
  freePlaces: 'Vrije plekken',
  freePlacesOf: (total: number) => `Van de ${plural(total, 'plek', 'plekken')} in totaal.`,
  waitingWeeks: 'Wachttijd in weken',
  waitingWeeksHint: 'Vul 0 in als er geen wachttijd is.',
  fewerPlaces: (name: string) => `Eén vrije plek minder voor ${name}`,
  morePlaces: (name: string) => `Eén vrije plek meer voor ${name}`,
  fewerWeeks: (name: string) => `Eén week minder wachttijd voor ${name}`,
  moreWeeks: (name: string) => `Eén week meer wachttijd voor ${name}`,
  figuresOf: (name: string) => `Vrije plekken en wachttijd van ${name}`,
  reported: (age: string, when: string) => `Gemeld ${age} (${when}).`,
  staleLabel: 'Let op: niet meer actueel.',
  stale: (days: number) =>
    `Uw laatste melding is ouder dan ${plural(days, 'dag', 'dagen')}. Consulenten zien dat uw cijfers misschien niet kloppen, en uw aanbod komt lager in hun lijst. Kloppen de cijfers nog? Kies ‘Klopt nog’. Zijn ze veranderd? Pas ze aan en kies ‘Opslaan’.`,
  held: (count: number) => `${plural(count, 'plek', 'plekken')} vastgehouden voor aanmeldingen.`,
  toInbox: 'Naar de aanmeldingen',
  belowHoldsLabel: 'Minder vrije plekken dan vastgehouden plekken.',
  belowHolds: (free: number, held: number) =>
    `U hebt ${plural(free, 'vrije plek', 'vrije plekken')} gemeld, maar er ${held === 1 ? 'wordt' : 'worden'} ${plural(held, 'plek', 'plekken')} vastgehouden voor aanmeldingen. Die aanmeldingen blijven gewoon staan: beantwoord ze op de pagina Aanmeldingen. U krijgt voor dit aanbod geen nieuwe aanmeldingen tot er weer meer vrije plekken zijn dan vastgehouden plekken.`,
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  undo: 'Ongedaan maken',
  confirm: 'Klopt nog',
  confirming: 'Bezig met bevestigen…',
  nameSuffix: (name: string) => ` voor ${name}`,
  saved: (clock: string) => `Opgeslagen om ${clock}.`,
  confirmed: (clock: string) => `Opgeslagen om ${clock}: de cijfers kloppen nog.`,
  saveFailed: 'Opslaan lukte niet',
  edit: 'Aanbod wijzigen',
  // Validation of the figures on a card.
  freePlacesMissing: 'Vul het aantal vrije plekken in.',
  freePlacesWhole: 'Vul een heel getal in, 0 of meer.',
  freePlacesAboveTotal: (total: number) =>
    `Er kunnen niet meer vrije plekken zijn dan plekken (${total}). Hebt u meer plekken? Pas het aanbod aan.`,
  waitingMissing: 'Vul de wachttijd in weken in.',
  waitingWhole: 'Vul een heel aantal weken in, van 0 tot 520.',
};

export const INBOX = {
  title: 'Aanmeldingen',
  intro:
    'Een consulent meldt hier een inwoner bij u aan. Zolang u niet hebt geantwoord, houden wij een plek voor deze inwoner vast. Antwoord voordat die tijd om is; daarna vervalt de aanmelding.',
  polling: 'Deze pagina kijkt elke halve minuut of er iets nieuw is.',
  loading: 'Even geduld, de aanmeldingen worden geladen…',
  loadFailed: 'De aanmeldingen konden niet worden geladen',
  pendingTitle: 'Wachten op uw antwoord',
  pendingCount: (count: number) =>
    count === 1
      ? '1 aanmelding wacht op uw antwoord.'
      : `${count} aanmeldingen wachten op uw antwoord.`,
  emptyTitle: 'Er wachten geen aanmeldingen op u',
  emptyText:
    'Nieuwe aanmeldingen verschijnen hier vanzelf. Houd uw vrije plekken bij op de pagina Mijn aanbod: dan weten consulenten dat ze u kunnen aanmelden.',
  toBoard: 'Naar mijn aanbod',
  referralTitle: (reference: string) => `Aanmelding ${reference}`,
  holdUntil: 'Plek vastgehouden tot',
  timeLeft: 'Tijd om te antwoorden',
  holdExpired: 'De tijd om te antwoorden is om. De aanmelding vervalt en de plek komt weer vrij.',
  product: 'Product',
  targetGroups: 'Doelgroepen',
  noTargetGroups: 'Geen vaste doelgroep',
  postcode: 'Postcode (4 cijfers)',
  urgency: 'Urgentie',
  offering: 'Voor uw aanbod',
  offeringValue: (product: string, postcode: string) => `${product}, locatie ${postcode}`,
  sentAt: 'Aangemeld op',
  accept: 'Accepteren',
  decline: 'Afwijzen',
  forReference: (reference: string) => ` aanmelding ${reference}`,
  acceptQuestion: (reference: string) =>
    `Accepteert u aanmelding ${reference}? De inwoner krijgt dan een plek bij u. Dat kunt u daarna niet meer ongedaan maken.`,
  acceptYes: 'Ja, accepteren',
  accepting: 'Bezig met accepteren…',
  cancel: 'Annuleren',
  reasonLabel: 'Waarom wijst u deze aanmelding af?',
  reasonHint:
    'De consulent leest dit. Schrijf geen namen, BSN, adressen, telefoonnummers of andere persoonlijke gegevens.',
  declineSend: 'Afwijzing versturen',
  declining: 'Bezig met versturen…',
  reasonMissing: 'Schrijf waarom u de aanmelding afwijst.',
  reasonTooShort: 'Schrijf iets meer over waarom u de aanmelding afwijst.',
  reasonTooLong: 'Gebruik hoogstens 500 tekens.',
  reasonPersonal:
    'Haal de persoonlijke gegevens uit de reden: geen BSN, telefoonnummer, e-mailadres of volledige postcode.',
  answerFailed: 'Uw antwoord is niet verstuurd',
  accepted: (reference: string) =>
    `U hebt aanmelding ${reference} geaccepteerd. De consulent ziet dit meteen.`,
  declined: (reference: string) =>
    `U hebt aanmelding ${reference} afgewezen. De plek is weer vrij en de consulent ziet uw reden.`,
  historyTitle: 'Eerder beantwoord',
  historyIntro: 'Aanmeldingen die u hebt beantwoord, die zijn ingetrokken of die zijn verlopen.',
  historyEmpty: 'Er zijn nog geen beantwoorde aanmeldingen.',
  historyCount: (count: number) => `${count} in totaal.`,
  status: 'Status',
  answeredAt: 'Datum',
  reason: 'Reden',
  pendingPages: 'Pagina’s met aanmeldingen die wachten',
  historyPages: 'Pagina’s met eerdere aanmeldingen',
  pagesNoun: 'Aanmeldingen',
};

export const OFFERING_FORM = {
  createTitle: 'Aanbod toevoegen',
  editTitle: 'Aanbod wijzigen',
  createIntro:
    'Vul in wat u aanbiedt en waar. Consulenten kunnen u daarna vinden. Velden zonder “(niet verplicht)” moet u invullen.',
  editIntro:
    'Pas aan wat u aanbiedt en waar. Consulenten en hun lijsten zien de wijziging binnen een paar seconden.',
  loading: 'Even geduld, het aanbod wordt geladen…',
  loadFailed: 'Het aanbod kon niet worden geladen',
  notFoundTitle: 'Dit aanbod bestaat niet',
  notFoundText: 'Misschien is de link oud. Kies het aanbod op de pagina Mijn aanbod.',
  back: 'Terug naar mijn aanbod',
  whatTitle: 'Wat biedt u aan?',
  product: 'Product',
  productChoose: 'Kies een product',
  productFixedHint:
    'Het product kunt u niet wijzigen. Biedt u een ander product aan? Voeg dan nieuw aanbod toe.',
  targetGroups: 'Doelgroepen',
  targetGroupsHint:
    'Kies de doelgroepen waarin u gespecialiseerd bent. Geen vaste doelgroep? Laat dan alles leeg.',
  whereTitle: 'Waar?',
  postcode: 'Postcode van de locatie',
  postcodeHint:
    '4 cijfers (1211) of 4 cijfers en 2 letters (1211 AB). Wij bewaren alleen de 4 cijfers.',
  municipalities: 'Gemeenten waar u inwoners helpt',
  outsideRegion: (name: string) => `${name} (buiten de regio)`,
  maxTravelKm: 'Hoeveel kilometer reist u, of mag een inwoner van u af wonen?',
  maxTravelKmHint: 'In kilometers, bijvoorbeeld 15 of 7,5. Leeg: geen grens.',
  placesTitle: 'Plekken en wachttijd',
  totalPlaces: 'Aantal plekken in totaal',
  freePlaces: 'Vrije plekken',
  freePlacesHint: 'Hoeveel inwoners kunt u nu een plek geven?',
  waitingWeeks: 'Wachttijd in weken',
  waitingWeeksHint: 'Vul 0 in als er geen wachttijd is.',
  financing: 'Financiering',
  financingHint: 'Op welke manier kan een inwoner uw zorg betalen?',
  create: 'Aanbod toevoegen',
  creating: 'Bezig met toevoegen…',
  save: 'Wijzigingen opslaan',
  saving: 'Bezig met opslaan…',
  cancel: 'Annuleren',
  saveFailed: 'Opslaan lukte niet',
  created: (name: string) => `Het aanbod ${name} is toegevoegd.`,
  saved: (name: string) => `De wijzigingen in ${name} zijn opgeslagen.`,
  // Validation.
  productMissing: 'Kies een product.',
  postcodeMissing: 'Vul de postcode van de locatie in.',
  postcodeFormat: 'Vul een postcode in met 4 cijfers, of 4 cijfers en 2 letters, zoals 1211 AB.',
  municipalitiesMissing: 'Kies minstens één gemeente.',
  maxTravelKmFormat: 'Vul een afstand in van 0,1 tot 300 kilometer, of laat het veld leeg.',
  totalPlacesFormat: 'Vul het aantal plekken in als heel getal, 0 of meer.',
  freePlacesFormat: 'Vul het aantal vrije plekken in als heel getal, 0 of meer.',
  freePlacesAboveTotal: 'Er kunnen niet meer vrije plekken zijn dan plekken in totaal.',
  waitingWeeksFormat: 'Vul de wachttijd in als heel aantal weken, van 0 tot 520.',
  financingMissing: 'Kies minstens één manier van betalen.',
};

/** "Psychische problematiek en LVB", or the fallback when there are none. */
export function listOrNone(names: readonly string[], none: string): string {
  return names.length > 0 ? formatList(names) : none;
}
