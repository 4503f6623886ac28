/**
 * Every word the administrators' screens show, in one place (Dutch, B1). Pages and the form
 * logic beside them read their texts from here.
 */
import { plural } from '../shared/format';

export const HOME_TEXT = {
  title: 'Beheer',
  intro: 'Hier beheert u de accounts, het matchingbeleid per gemeente en de matching zelf.',
  cards: [
    {
      href: '/beheer/gebruikers',
      title: 'Gebruikers',
      text: 'Accounts van consulenten, aanbieders en beheerders bekijken en nieuwe accounts maken.',
    },
    {
      href: '/beheer/aanbieders',
      title: 'Aanbieders',
      text: 'Zorgaanbieders bekijken en toevoegen, zodat hun medewerkers een account kunnen krijgen.',
    },
    {
      href: '/beheer/beleid',
      title: 'Matchingbeleid',
      text: 'Per gemeente instellen hoe zwaar afstand, wachttijd en andere onderdelen tellen.',
    },
    {
      href: '/beheer/matching',
      title: 'Matchingstatus',
      text: 'Zien of alle shortlijsten bij zijn, en een controle starten.',
    },
    {
      href: '/beheer/uitwisselen',
      title: 'Uitwisselen',
      text: 'De sociale kaart downloaden of inlezen als bestand (Open Referral, HSDS).',
    },
  ],
};

export const QUEUE_BOARD_TEXT = {
  title: 'Wachtrijen',
  text: 'Zien welke taken de achtergrondverwerking nog moet doen, en welke mislukten.',
  open: 'Wachtrijen openen',
};

export const LIST_TEXT = {
  pages: 'Andere pagina’s',
  search: 'Zoeken',
  clear: 'Zoekopdracht wissen',
  loading: 'Even geduld, de lijst wordt geladen…',
};

export const USERS_TEXT = {
  title: 'Gebruikers',
  intro:
    'Alle accounts van consulenten, aanbieders en beheerders. De nieuwste accounts staan bovenaan.',
  newUser: 'Nieuwe gebruiker',
  providers: 'Aanbieders bekijken en toevoegen',
  filterForm: 'Gebruikers zoeken',
  role: 'Rol',
  allRoles: 'Alle rollen',
  text: 'Naam of e-mailadres',
  caption: (total: number, filtered: boolean) =>
    filtered
      ? `${plural(total, 'gebruiker', 'gebruikers')} gevonden`
      : plural(total, 'gebruiker', 'gebruikers'),
  columns: { name: 'Naam', email: 'E-mailadres', role: 'Rol', worksFor: 'Werkt voor' },
  worksForAdmin: 'Het hele platform',
  noMunicipalities: 'Nog geen gemeente',
  noProvider: 'Geen aanbieder gekoppeld',
  noName: 'Geen naam opgegeven',
  emptyTitle: 'Geen gebruikers gevonden',
  emptyFiltered:
    'Er is geen account dat past bij uw zoekopdracht. Kies een andere rol of wis de zoektekst.',
  emptyAll: 'Er zijn nog geen accounts. Maak een account met de knop "Nieuwe gebruiker".',
  created: (name: string) => `Het account van ${name} is gemaakt.`,
  createdHint:
    'Geef het e-mailadres en het eerste wachtwoord op een veilige manier door. Stuur het wachtwoord bijvoorbeeld niet in dezelfde e-mail als het e-mailadres.',
  errorTitle: 'De gebruikers konden niet worden geladen',
};

export const NEW_USER_TEXT = {
  title: 'Nieuwe gebruiker',
  intro:
    'Maak een account voor een consulent, een medewerker van een aanbieder, een beleidsmedewerker of een beheerder.',
  back: 'Terug naar de gebruikers',
  form: 'Nieuwe gebruiker',
  role: 'Rol',
  roleChoices: {
    STAFF: 'Consulent: werkt voor een of meer gemeenten',
    PROVIDER: 'Aanbieder: werkt voor één zorgaanbieder',
    POLICY: 'Beleid: ziet alleen cijfers over dekking, nooit een inwoner',
    ADMIN: 'Beheerder: beheert het platform',
  },
  municipalities: 'Gemeenten',
  municipalitiesHint: 'De consulent ziet en maakt alleen aanvragen van deze gemeenten.',
  policyMunicipalitiesHint:
    'Ziet de cijfers van deze gemeenten. Kies alle 7 gemeenten voor iemand die voor de hele regio werkt.',
  outsideRegion: (name: string) => `${name} (buiten de regio)`,
  provider: 'Aanbieder',
  providerHint:
    'De medewerker ziet en beheert alleen het aanbod en de aanmeldingen van deze aanbieder.',
  providerSearch: 'Zoek de aanbieder op naam',
  providerSearchHint: 'Typ een deel van de naam. De lijst hieronder past zich aan.',
  providerChoice: 'Kies de aanbieder',
  providerNewest: (total: number, shown: number) =>
    total > shown
      ? `U ziet de ${shown} nieuwste van ${total} aanbieders. Typ een deel van de naam om een andere te vinden.`
      : `${plural(total, 'aanbieder', 'aanbieders')}:`,
  providerNoneYet: 'Er zijn nog geen aanbieders. Voeg eerst een aanbieder toe.',
  providerMore: (total: number, shown: number) =>
    `Er zijn ${total} aanbieders gevonden; u ziet er ${shown}. Typ meer van de naam om te zoeken.`,
  providerFound: (total: number) => `${plural(total, 'aanbieder', 'aanbieders')} gevonden.`,
  providerNone: 'Er is geen aanbieder met deze naam.',
  providerLoading: 'Even geduld, de aanbieders worden gezocht…',
  strategicPartner: 'strategische partner',
  providerMissingLink: 'Staat de aanbieder er niet bij? Voeg een nieuwe aanbieder toe',
  providerAdded: (name: string) =>
    `Aanbieder ${name} is toegevoegd en gekozen. Vul nu de gegevens van de gebruiker in.`,
  name: 'Naam',
  nameHint:
    'Voornaam en achternaam. Collega’s zien deze naam, bijvoorbeeld in de geschiedenis van een aanvraag.',
  email: 'E-mailadres',
  emailHint: 'Hiermee logt de gebruiker in.',
  password: 'Eerste wachtwoord',
  passwordHint:
    'Minstens 12 tekens. De gebruiker logt hiermee de eerste keer in. Gebruik geen wachtwoord dat u ergens anders gebruikt.',
  showPassword: 'Wachtwoord tonen',
  submit: 'Gebruiker maken',
  busy: 'Bezig met opslaan…',
  failed: 'Het account is niet gemaakt',
  problems: {
    roleMissing: 'Kies de rol van de gebruiker.',
    nameMissing: 'Vul de naam van de gebruiker in.',
    nameTooLong: 'Deze naam is te lang. Gebruik hoogstens 80 tekens.',
    emailMissing: 'Vul het e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    emailTooLong: 'Dit e-mailadres is te lang.',
    passwordMissing: 'Vul een eerste wachtwoord in.',
    passwordTooShort: (length: number) =>
      `Het wachtwoord moet minstens 12 tekens hebben. Nu zijn het er ${length}.`,
    passwordTooLong: 'Dit wachtwoord is te lang. Gebruik hoogstens 256 tekens.',
    municipalitiesMissing: 'Kies minstens één gemeente.',
    providerMissing: 'Kies de aanbieder waarvoor deze gebruiker werkt.',
  },
};

export const PROVIDERS_TEXT = {
  title: 'Aanbieders',
  intro:
    'Zorgaanbieders op het platform. Een medewerker van een aanbieder krijgt een account als gebruiker met de rol aanbieder.',
  newProvider: 'Nieuwe aanbieder',
  users: 'Naar de gebruikers',
  filterForm: 'Aanbieders zoeken',
  text: 'Naam of een deel ervan',
  partner: 'Strategische partner',
  partnerChoices: [
    { value: '', label: 'Alle aanbieders' },
    { value: 'ja', label: 'Alleen strategische partners' },
    { value: 'nee', label: 'Geen strategische partners' },
  ],
  caption: (total: number, filtered: boolean) =>
    filtered
      ? `${plural(total, 'aanbieder', 'aanbieders')} gevonden`
      : plural(total, 'aanbieder', 'aanbieders'),
  columns: {
    name: 'Naam',
    partner: 'Strategische partner',
    languages: 'Talen',
    kvk: 'KvK-nummer',
    agb: 'AGB-code',
    action: 'Account',
  },
  yes: 'Ja',
  no: 'Nee',
  none: 'Niet opgegeven',
  otherLanguages: (count: number) => plural(count, 'andere taal', 'andere talen'),
  makeAccount: (name: string) => `Account maken voor ${name}`,
  makeAccountShort: 'Account maken',
  emptyTitle: 'Geen aanbieders gevonden',
  emptyFiltered: 'Er is geen aanbieder die past bij uw zoekopdracht. Pas de naam of de keuze aan.',
  emptyAll: 'Er zijn nog geen aanbieders. Voeg er een toe met de knop "Nieuwe aanbieder".',
  created: (name: string) => `Aanbieder ${name} is toegevoegd.`,
  createdNext: 'Werkt er iemand van deze aanbieder met het platform? Maak dan een account:',
  errorTitle: 'De aanbieders konden niet worden geladen',
};

export const NEW_PROVIDER_TEXT = {
  title: 'Nieuwe aanbieder',
  intro: 'Voeg een zorgaanbieder toe. Daarna kunt u accounts maken voor de medewerkers.',
  back: 'Terug naar de aanbieders',
  backToUser: 'Terug naar de nieuwe gebruiker',
  form: 'Nieuwe aanbieder',
  name: 'Naam van de aanbieder',
  nameHint: 'Zoals de aanbieder zich noemt, bijvoorbeeld "Buurtzorg Hilversum".',
  partner: 'Is de aanbieder een strategische partner van de regio?',
  partnerHint:
    'Strategische partners helpen de meeste inwoners. Het platform zoekt vooral naar andere aanbieders.',
  partnerChoices: [
    { value: 'nee', label: 'Nee' },
    { value: 'ja', label: 'Ja, een strategische partner' },
  ],
  languages: 'Talen die de medewerkers spreken',
  languagesHint: 'Een inwoner kan een taal nodig hebben. Kies alle talen die de aanbieder spreekt.',
  kvk: 'KvK-nummer',
  kvkHint: '8 cijfers, van de inschrijving bij de Kamer van Koophandel.',
  agb: 'AGB-code',
  agbHint: '8 cijfers, de code van de aanbieder in het AGB-register.',
  submit: 'Aanbieder toevoegen',
  busy: 'Bezig met opslaan…',
  failed: 'De aanbieder is niet toegevoegd',
  problems: {
    nameMissing: 'Vul de naam van de aanbieder in.',
    nameTooShort: 'Deze naam is te kort. Gebruik minstens 2 tekens.',
    nameTooLong: 'Deze naam is te lang. Gebruik hoogstens 120 tekens.',
    partnerMissing: 'Kies of de aanbieder een strategische partner is.',
    kvkInvalid: 'Een KvK-nummer heeft 8 cijfers, zoals 12345678.',
    agbInvalid: 'Een AGB-code heeft 8 cijfers, zoals 12345678.',
  },
};

/** The weights and other numbers of a policy: what each one does, in plain words. */
export const POLICY_TEXT = {
  title: 'Matchingbeleid',
  intro:
    'Het matchingbeleid bepaalt hoe het platform de opties op een shortlijst rangschikt. Elke gemeente heeft een eigen beleid.',
  municipality: 'Gemeente',
  municipalityHint: 'Kies de gemeente waarvan u het beleid wilt bekijken of wijzigen.',
  chooseMunicipality: 'Kies een gemeente',
  chooseFirst: 'Kies eerst een gemeente. Dan ziet u hier het beleid dat nu geldt.',
  heading: (municipality: string) => `Beleid voor ${municipality}`,
  version: 'Versie',
  changedAt: 'Gewijzigd',
  defaultVersion: 'Standaardbeleid van het platform',
  neverChanged: 'Nog nooit aangepast voor deze gemeente',
  errorTitle: 'Het beleid kon niet worden geladen',
  weightsLegend: 'Hoe zwaar telt elk onderdeel?',
  weightsHint:
    'Een optie krijgt per onderdeel punten. Het gewicht is het hoogste aantal punten voor dat onderdeel. Hoe hoger het gewicht, hoe zwaarder het telt. Met 0 telt een onderdeel niet mee. Gebruik getallen van 0 tot en met 1000.',
  weightsTotal: (total: string) =>
    `Samen: ${total} punten. Dat is de score van een perfecte optie.`,
  otherLegend: 'Andere instellingen',
  fields: {
    distance: {
      label: 'Afstand',
      hint: 'Hoe zwaar telt de afstand tussen de inwoner en de aanbieder? Hoe dichterbij, hoe meer punten.',
    },
    waitingTime: {
      label: 'Wachttijd',
      hint: 'Hoe zwaar telt de wachttijd? Hoe korter de wachttijd, hoe meer punten.',
    },
    specialismDepth: {
      label: 'Ervaring met meer doelgroepen',
      hint: 'Hoe zwaar telt het dat een aanbieder ook ervaring heeft met andere doelgroepen dan gevraagd?',
    },
    language: {
      label: 'Taal van de inwoner',
      hint: 'Hoe zwaar telt het dat de aanbieder de taal spreekt die de inwoner het liefst spreekt?',
    },
    capacityHeadroom: {
      label: 'Vrije plekken',
      hint: 'Hoe zwaar telt het dat een aanbieder meer vrije plekken heeft? Eén plek geeft de helft van de punten.',
    },
    freshness: {
      label: 'Bijgewerkte gegevens',
      hint: 'Hoe zwaar telt het dat de aanbieder zijn vrije plekken kort geleden heeft bijgewerkt?',
    },
    distanceHalfLifeKm: {
      label: 'Afstand voor de helft van de punten (km)',
      hint: 'Op deze afstand krijgt een optie de helft van de punten voor afstand, op twee keer deze afstand een kwart. Een kleiner getal laat afstand sneller zwaar tellen. Van 0,1 tot en met 500 km.',
    },
    waitingHalfLifeWeeks: {
      label: 'Wachttijd voor de helft van de punten (weken)',
      hint: 'Met deze wachttijd krijgt een optie de helft van de punten voor wachttijd. Van 0,1 tot en met 520 weken.',
    },
    staleAfterDays: {
      label: 'Gegevens zijn verouderd na (dagen)',
      hint: 'Heeft een aanbieder zijn vrije plekken langer niet bijgewerkt, dan krijgt de optie minder punten en ziet de consulent een waarschuwing. Van 1 tot en met 365 dagen.',
    },
    shortlistSize: {
      label: 'Aantal opties op een shortlijst',
      hint: 'Zoveel opties ziet de consulent (en de inwoner) bovenaan. Van 1 tot en met 50.',
    },
    maxOptionsPerProvider: {
      label: 'Hoogstens zoveel opties van één aanbieder',
      hint: 'Zo blijft er keuze tussen aanbieders. Van 1 tot en met 50.',
    },
  },
  recomputeWarning: (municipality: string) =>
    `Als u opslaat, geldt het nieuwe beleid meteen. Het platform berekent dan alle open shortlijsten van ${municipality} opnieuw.`,
  submit: 'Beleid opslaan',
  busy: 'Bezig met opslaan…',
  failed: 'Het beleid is niet opgeslagen',
  saved: (version: number, municipality: string) =>
    `Versie ${version} van het beleid voor ${municipality} is opgeslagen.`,
  savedRecompute: (municipality: string) =>
    `Alle open shortlijsten van ${municipality} worden nu opnieuw berekend. Dat duurt meestal enkele seconden.`,
  savedStatusLink: 'Volg het werk op de pagina Matchingstatus',
  problems: {
    missing: 'Vul een getal in.',
    notANumber: 'Vul een getal in, zoals 25 of 2,5.',
    weight: 'Vul een getal van 0 tot en met 1000 in.',
    distanceHalfLifeKm: 'Vul een afstand van 0,1 tot en met 500 km in.',
    waitingHalfLifeWeeks: 'Vul een wachttijd van 0,1 tot en met 520 weken in.',
    staleAfterDays: 'Vul een heel aantal dagen in, van 1 tot en met 365.',
    shortlistSize: 'Vul een heel getal van 1 tot en met 50 in.',
    maxOptionsPerProvider: 'Vul een heel getal van 1 tot en met 50 in.',
  },
};

export const STATUS_TEXT = {
  title: 'Matchingstatus',
  intro:
    'Hier ziet u of het platform alle shortlijsten bij heeft. De cijfers worden elke paar seconden vanzelf bijgewerkt zolang deze pagina open is.',
  workHeading: 'Werk dat nu wacht',
  allDone: 'Alles is bijgewerkt. Er wacht geen werk.',
  pending: (count: number) =>
    `Er wacht nog werk: ${plural(count, 'taak of aanvraag', 'taken en aanvragen')}. Dat is normaal vlak na een wijziging; het platform werkt het vanzelf af.`,
  backlog: 'Aanvragen die wachten op een nieuwe berekening',
  waiting: 'Taken in de wachtrij',
  active: 'Taken die nu lopen',
  delayed: 'Taken die later starten',
  failed: 'Mislukte taken',
  failedNone: 'In orde',
  failedSome: 'Let op',
  failedHint:
    'Een taak is mislukt, ook na vijf pogingen. Vraag de technisch beheerder om te kijken. De nachtelijke controle herstelt de shortlijsten.',
  errorTitle: 'De matchingstatus kon niet worden geladen',
  staleWarning:
    'De cijfers konden even niet worden bijgewerkt. U ziet de laatste cijfers die wel binnenkwamen.',
  sweepHeading: 'Laatste controle',
  sweepIntro:
    'Elke nacht om 3 uur berekent het platform alle open shortlijsten opnieuw. Zo vindt het wijzigingen die het gemist heeft.',
  noSweep: 'Er is nog geen controle gedaan.',
  noSweepHint: 'De eerste controle is vannacht om 3 uur. U kunt ook nu een controle starten.',
  startedAt: 'Gestart',
  finishedAt: 'Klaar',
  duration: (seconds: number) =>
    seconds < 1 ? 'binnen een seconde' : `na ${plural(Math.round(seconds), 'seconde', 'seconden')}`,
  trigger: 'Aanleiding',
  triggers: {
    schedule: 'de controle van elke nacht',
    admin: 'gestart door een beheerder',
  } as Record<string, string>,
  triggerOther: 'een andere aanleiding',
  checked: 'Gecontroleerde aanvragen',
  outOfDate: 'Shortlijsten die niet bij waren',
  outOfDateHint: 'Dit moet 0 zijn.',
  outOfDateOk: 'In orde',
  outOfDateSome: 'Let op',
  outOfDateExplained:
    'Het platform had wijzigingen gemist. De controle heeft deze shortlijsten nu alsnog bijgewerkt. Meld het aan de technisch beheerder als dit vaker gebeurt.',
  sweepFailed: 'Aanvragen die niet gecontroleerd konden worden',
  start: 'Controle nu starten',
  startHint:
    'Een controle berekent alle open shortlijsten opnieuw. Bij veel aanvragen kan dat enkele minuten duren. U kunt deze pagina openlaten of later terugkomen.',
  starting: 'Controle wordt gestart…',
  started: 'De controle is gestart. Het resultaat verschijnt hieronder zodra de controle klaar is.',
  done: (checked: number, outOfDate: number) =>
    `De controle is klaar: ${plural(checked, 'aanvraag', 'aanvragen')} gecontroleerd, ${outOfDate} ${outOfDate === 1 ? 'shortlijst was' : 'shortlijsten waren'} niet bij.`,
  startFailed: 'De controle is niet gestart',
};
