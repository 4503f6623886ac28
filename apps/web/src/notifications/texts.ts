/** Every word of the notifications screens, in plain Dutch (B1). */
export const NOTIFICATIONS = {
  nav: 'Meldingen',
  /** Read after the count by screen readers: "Meldingen 2 nieuwe". */
  newSuffix: 'nieuwe',
  noneNew: '(geen nieuwe)',
  arrived: (title: string) => `Nieuwe melding: ${title}`,
  title: 'Meldingen',
  intro:
    'Hier ziet u wat er is gebeurd met uw aanmeldingen, aanvragen en aanbod. Nieuwe meldingen verschijnen vanzelf.',
  loading: 'Even geduld, de meldingen worden geladen…',
  loadError: 'De meldingen konden niet worden geladen',
  emptyTitle: 'Nog geen meldingen',
  emptyText: 'U krijgt hier een melding als er iets gebeurt waar u iets mee moet doen.',
  listLabel: 'Uw meldingen',
  pagerLabel: 'Pagina’s met meldingen',
  unread: 'Nieuw',
  read: 'Gelezen',
  open: 'Bekijken',
  markAll: 'Alles als gelezen markeren',
  markedAll: 'Alle meldingen staan nu op gelezen.',
  actionFailed: 'Dat is niet gelukt',
  emailTitle: 'E-mail',
  emailLabel: 'Stuur mij ook een e-mail bij een nieuwe melding',
  emailDescription:
    'In de e-mail staat alleen dat er iets nieuws is. U leest de melding na het inloggen.',
  emailUnavailable: 'Dit platform verstuurt nu geen e-mail. U ziet alle meldingen hier.',
  emailOn: 'U krijgt nu ook een e-mail bij een nieuwe melding.',
  emailOff: 'U krijgt geen e-mail meer. Meldingen ziet u nog wel hier.',
} as const;
