export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly strategicPartner: boolean;
  /** ISO 639-1 codes of the languages its staff speak. */
  readonly languages: readonly string[];
  readonly kvkNumber: string | null;
  readonly agbCode: string | null;
  readonly createdAt: Date;
}
