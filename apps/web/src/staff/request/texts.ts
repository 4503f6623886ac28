import { formatDeadline, formatDateTime, plural } from '../../shared/format';

export const TEXT = {
  title: (reference: string) => `Aanvraag ${reference}`,
  loading: 'Even geduld, de aanvraag wordt geladen…',
  loadFailed: 'De aanvraag kon niet worden geladen',
  notFoundTitle: 'Aanvraag niet gevonden',
  notFound:
    'Deze aanvraag bestaat niet, of hoort niet bij uw gemeente(n). Controleer de link of zoek de aanvraag in uw lijst.',
  backToList: 'Naar de lijst met aanvragen',
  created: (reference: string) =>
    `De aanvraag is opgeslagen met kenmerk ${reference}. Het systeem zoekt nu passende aanbieders.`,
  status: 'Status',
  searchOwn: 'Zoek zelf in het aanbod voor deze aanvraag',

  shortlist: {
    title: 'Mogelijkheden',
    intro:
      'De best passende aanbieders, op volgorde. De lijst wordt vanzelf bijgewerkt als er iets verandert.',
    computing: 'De lijst met mogelijkheden wordt berekend. Hij verschijnt hier vanzelf.',
    stamp: (revision: number, cause: string) =>
      `Versie ${revision} van de lijst. Laatst gewijzigd omdat ${cause}.`,
    liveFailed:
      'De lijst wordt nu niet vanzelf bijgewerkt. We proberen het opnieuw. U kunt ook zelf vernieuwen.',
    refresh: 'Lijst vernieuwen',
    listLabel: 'Mogelijkheden, beste eerst',
    emptyTitle: 'Geen passende aanbieders',
    empty:
      'Er is nu geen aanbieder die aan alle voorwaarden voldoet. Hieronder ziet u waarom aanbieders afvallen. U kunt ook zelf zoeken in het aanbod.',
    exclusionsTitle: 'Waarom andere aanbieders niet in de lijst staan',
    noExclusions: 'Er vallen geen andere aanbieders af.',
    closed: 'Deze aanvraag is afgesloten. De lijst wordt niet meer bijgewerkt.',
    preferenceGone: 'De inwoner koos eerder een aanbieder die nu niet meer in de lijst staat.',
  },

  option: {
    heading: (rank: number, name: string) => `${rank}. ${name}`,
    preferred: 'Voorkeur van de inwoner',
    waitingList: 'Wachtlijst',
    stale: 'Let op: vrije plekken mogelijk niet actueel',
    distance: 'Afstand',
    waitingTime: 'Wachttijd',
    freePlaces: 'Vrije plekken',
    freePlacesWaitingList: 'geen vrije plek, wel een wachtlijst',
    reported: 'Plekken gemeld',
    score: 'Score',
    scoreValue: (score: string) => `${score} punten`,
    reasons: 'Waarom deze aanbieder',
    points: (points: string) => `${points} punten`,
    refer: (name: string) => `Aanmelden bij ${name}`,
    removed: 'Dit aanbod bestaat niet meer.',
  },

  refer: {
    title: (name: string) => `Aanmelden bij ${name}`,
    holdLoading: 'Even geduld, we kijken tot wanneer de plek wordt vastgehouden…',
    holdUntil: (at: string) =>
      `Als u aanmeldt, houden we één plek vast tot ${formatDeadline(at)}. De aanbieder moet voor die tijd antwoorden. Antwoordt de aanbieder niet, dan komt de plek weer vrij.`,
    holdUnknown:
      'Als u aanmeldt, houden we één plek een paar werkdagen vast. De aanbieder moet voor die tijd antwoorden.',
    confirm: 'Ja, aanmelden',
    busy: 'Bezig met aanmelden…',
    cancel: 'Annuleren',
    failed: 'Aanmelden lukte niet',
    conflictHint: 'De lijst wordt bijgewerkt. Kies zo nodig een andere aanbieder.',
    done: (name: string, until: string) =>
      `Aangemeld bij ${name}. De plek wordt vastgehouden tot ${formatDeadline(until)}.`,
  },

  referral: {
    title: 'Aanmelding',
    none: 'Er loopt nu geen aanmelding. Kies bij de mogelijkheden een aanbieder om aan te melden.',
    noneClosed: 'Er loopt geen aanmelding.',
    pending: (name: string, createdAt: string, until: string, left: string) =>
      `Aangemeld bij ${name} op ${formatDateTime(createdAt)}. De plek wordt vastgehouden tot ${formatDeadline(until)} (${left}).`,
    placed: (name: string) => `De inwoner is geplaatst bij ${name}.`,
    withdrawReason: 'Waarom trekt u de aanmelding in?',
    withdrawReasonHelp:
      'Bijvoorbeeld: de inwoner wil toch een andere aanbieder. Geen persoonsgegevens.',
    withdrawReasonMissing: 'Vul in waarom u de aanmelding intrekt.',
    withdraw: 'Aanmelding intrekken',
    withdrawBusy: 'Bezig met intrekken…',
    withdrawFailed: 'Intrekken lukte niet',
    withdrawn: (name: string) => `De aanmelding bij ${name} is ingetrokken. De plek is weer vrij.`,
    historyTitle: 'Verloop van de aanmeldingen',
    historyEmpty: 'Nog geen aanmeldingen.',
    reason: (reason: string) => `Reden: ${reason}`,
  },

  link: {
    title: 'Link voor de inwoner',
    intro:
      'Met een persoonlijke link ziet de inwoner de mogelijkheden en kan hij of zij een voorkeur doorgeven. De inwoner heeft geen account nodig.',
    active: (until: string) => `Er is een werkende link. Die werkt tot ${formatDateTime(until)}.`,
    none: 'Er is nu geen werkende link.',
    create: 'Link maken',
    createAgain: 'Nieuwe link maken',
    replaces: 'Een nieuwe link vervangt de oude: de oude link werkt dan niet meer.',
    busy: 'Bezig met maken…',
    failed: 'De link kon niet worden gemaakt',
    madeTitle: 'De nieuwe link',
    once: 'U ziet deze link maar één keer. Kopieer hem nu en geef hem aan de inwoner.',
    field: 'Persoonlijke link',
    expires: (at: string) => `De link werkt tot ${formatDateTime(at)}.`,
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    revoke: 'Links intrekken',
    revokeBusy: 'Bezig met intrekken…',
    revokeFailed: 'Intrekken lukte niet',
    revoked: (count: number) =>
      count === 0
        ? 'Er was geen werkende link.'
        : `${plural(count, 'link werkt', 'links werken')} niet meer.`,
  },

  close: {
    title: 'Aanvraag sluiten',
    intro: 'Sluit de aanvraag als de inwoner geen hulp meer zoekt via dit platform.',
    pendingWithdrawn:
      'Er loopt nog een aanmelding. Als u de aanvraag sluit, trekken we die aanmelding in. De plek komt dan weer vrij.',
    start: 'Aanvraag sluiten',
    confirmTitle: 'Weet u het zeker?',
    confirmText:
      'Het systeem zoekt dan niet meer naar aanbieders voor deze aanvraag. U kunt dit niet ongedaan maken.',
    confirm: 'Ja, aanvraag sluiten',
    busy: 'Bezig met sluiten…',
    cancel: 'Nee, niet sluiten',
    failed: 'Sluiten lukte niet',
    done: 'De aanvraag is gesloten.',
    alreadyClosed: 'Deze aanvraag is afgesloten.',
  },

  details: {
    title: 'Gegevens van de aanvraag',
    municipality: 'Gemeente',
    postcode: 'Postcode',
    product: 'Product',
    specialisms: 'Doelgroepen',
    urgency: 'Urgentie',
    maxDistance: 'Maximale afstand',
    languages: 'Voorkeurstalen',
    requiredLanguages: 'Talen die de aanbieder moet spreken',
    financing: 'Financiering',
    waitingList: 'Wachtlijst is goed',
    maxWaitingWeeks: 'Maximale wachttijd',
    partnersExcluded: 'Strategische partners',
    reason: 'Waarom de strategische partners niet passen',
    created: 'Aangemaakt',
    none: 'geen',
    noLimit: 'geen grens',
    noPreference: 'geen voorkeur',
    yes: 'ja',
    no: 'nee',
    excluded: 'weggelaten uit de lijst',
    included: 'staan ook in de lijst',
    km: (km: string) => `${km} km`,
  },
};
