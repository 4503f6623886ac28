import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  Strong,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ProviderBoardOfferingFragment } from '../gql/graphql';
import { fieldErrors } from '../shared/errors';
import { formatAge, formatClock, formatDateTime } from '../shared/format';
import type { Reference } from '../shared/reference';
import { AppLink } from '../shared/ui/app-link';
import { ErrorNotice } from '../shared/ui/error-notice';
import {
  draftErrorsFromServer,
  draftOf,
  figuresOf,
  isDirty,
  MAX_WAITING_WEEKS,
  step,
  validateDraft,
  type CapacityDraft,
  type DraftErrors,
  type DraftField,
} from './capacity-draft';
import { NumberStepper } from './number-stepper';
import { BOARD, listOrNone } from './texts';

graphql(`
  fragment ProviderBoardOffering on Offering {
    id
    productCode
    specialisms
    postcode
    municipalitiesServed
    totalPlaces
    freePlaces
    heldPlaces
    waitingWeeks
    capacityUpdatedAt
    capacityBelowHolds
    capacityStale
    capacityStaleAfterDays
  }
`);

const UpdateCapacity = graphql(`
  mutation ProviderUpdateCapacity($input: UpdateCapacityInput!) {
    updateCapacity(input: $input) {
      ...ProviderBoardOffering
    }
  }
`);

const ConfirmCapacity = graphql(`
  mutation ProviderConfirmCapacity($offeringId: ID!) {
    confirmCapacity(offeringId: $offeringId) {
      ...ProviderBoardOffering
    }
  }
`);

type Outcome = { readonly kind: 'saved' | 'confirmed'; readonly at: string };

/**
 * One offering on the capacity board: free places and waiting time changed in place and saved
 * with one action, or confirmed as still right ("Klopt nog") when nothing changed.
 */
export function CapacityCard({
  offering,
  name,
  reference,
  now,
}: {
  offering: ProviderBoardOfferingFragment;
  name: string;
  reference: Reference;
  now: Date;
}) {
  const saved = { freePlaces: offering.freePlaces, waitingWeeks: offering.waitingWeeks };
  const [draft, setDraft] = useState<CapacityDraft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [updateCapacity, update] = useMutation(UpdateCapacity);
  const [confirmCapacity, confirm] = useMutation(ConfirmCapacity);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const freeRef = useRef<HTMLInputElement>(null);
  const busy = update.loading || confirm.loading;
  const dirty = isDirty(draft, saved);
  const shown = draft ?? draftOf(saved);
  const ids = {
    heading: `aanbod-${offering.id}`,
    free: `aanbod-${offering.id}-vrij`,
    weeks: `aanbod-${offering.id}-wachttijd`,
  };

  const change = (next: CapacityDraft) => {
    setDraft(isDirty(next, saved) ? next : null);
    setErrors({});
    setOutcome(null);
    setFailure(null);
  };
  const onStep = (field: DraftField) => (delta: number) =>
    change(step(shown, field, delta, saved, offering.totalPlaces));

  const succeed = (kind: Outcome['kind'], at: string) => {
    setDraft(null);
    setOutcome({ kind, at });
    // The button that was pressed may be gone now: the result is where focus goes.
    statusRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    setFailure(null);
    if (!dirty) {
      try {
        const result = await confirmCapacity({ variables: { offeringId: offering.id } });
        succeed('confirmed', result.data?.confirmCapacity.capacityUpdatedAt ?? now.toISOString());
      } catch (error) {
        setFailure(error);
      }
      return;
    }
    const found = validateDraft(shown, offering.totalPlaces);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.freePlaces ? ids.free : ids.weeks)?.focus();
      return;
    }
    try {
      const result = await updateCapacity({
        variables: { input: { offeringId: offering.id, ...figuresOf(shown) } },
      });
      succeed('saved', result.data?.updateCapacity.capacityUpdatedAt ?? now.toISOString());
    } catch (error) {
      const fromServer = draftErrorsFromServer(fieldErrors(error));
      if (Object.keys(fromServer).length > 0) setErrors(fromServer);
      else setFailure(error);
    }
  };

  const undo = () => {
    change(draftOf(saved));
    freeRef.current?.focus();
  };

  const statusText = update.loading
    ? BOARD.saving
    : confirm.loading
      ? BOARD.confirming
      : outcome
        ? (outcome.kind === 'saved' ? BOARD.saved : BOARD.confirmed)(formatClock(outcome.at))
        : '';

  return (
    <article className="wmo-card wmo-capacity-card" aria-labelledby={ids.heading}>
      <Heading2 id={ids.heading} className="wmo-capacity-card__title">
        {name}
      </Heading2>
      <DataList className="wmo-compact-data">
        <DataListItem>
          <DataListKey>{BOARD.targetGroups}</DataListKey>
          <DataListValue>
            {listOrNone(offering.specialisms.map(reference.specialism), BOARD.noTargetGroups)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{BOARD.location}</DataListKey>
          <DataListValue>{BOARD.locationValue(offering.postcode)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{BOARD.municipalities}</DataListKey>
          <DataListValue>
            {listOrNone(offering.municipalitiesServed.map(reference.municipality), '')}
          </DataListValue>
        </DataListItem>
      </DataList>

      <form onSubmit={submit} noValidate aria-label={BOARD.figuresOf(name)}>
        <div className="wmo-capacity-card__figures">
          <NumberStepper
            id={ids.free}
            inputRef={freeRef}
            label={BOARD.freePlaces}
            description={BOARD.freePlacesOf(offering.totalPlaces)}
            error={errors.freePlaces}
            value={shown.freePlaces}
            max={offering.totalPlaces}
            onChange={(value) => change({ ...shown, freePlaces: value })}
            onStep={onStep('freePlaces')}
            lessLabel={BOARD.fewerPlaces(name)}
            moreLabel={BOARD.morePlaces(name)}
          />
          <NumberStepper
            id={ids.weeks}
            label={BOARD.waitingWeeks}
            description={BOARD.waitingWeeksHint}
            error={errors.waitingWeeks}
            value={shown.waitingWeeks}
            max={MAX_WAITING_WEEKS}
            onChange={(value) => change({ ...shown, waitingWeeks: value })}
            onStep={onStep('waitingWeeks')}
            lessLabel={BOARD.fewerWeeks(name)}
            moreLabel={BOARD.moreWeeks(name)}
          />
        </div>

        <Paragraph className="wmo-capacity-card__reported">
          {BOARD.reported(
            formatAge(offering.capacityUpdatedAt, now),
            formatDateTime(offering.capacityUpdatedAt),
          )}
        </Paragraph>
        {offering.capacityStale && (
          <Alert type="warning" role="note">
            <Paragraph>
              <Strong>{BOARD.staleLabel}</Strong>{' '}
              {BOARD.stale(Math.round(offering.capacityStaleAfterDays))}
            </Paragraph>
          </Alert>
        )}
        {offering.heldPlaces > 0 && !offering.capacityBelowHolds && (
          <Paragraph>
            {BOARD.held(offering.heldPlaces)}{' '}
            <AppLink href="/aanmeldingen">{BOARD.toInbox}</AppLink>
          </Paragraph>
        )}
        {offering.capacityBelowHolds && (
          <Alert type="warning" role="note">
            <Paragraph>
              <Strong>{BOARD.belowHoldsLabel}</Strong>{' '}
              {BOARD.belowHolds(offering.freePlaces, offering.heldPlaces)}
            </Paragraph>
            <Paragraph>
              <AppLink href="/aanmeldingen">{BOARD.toInbox}</AppLink>
            </Paragraph>
          </Alert>
        )}

        <ButtonGroup className="wmo-capacity-card__actions">
          {dirty ? (
            <>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {BOARD.save}
                <span className="wmo-visually-hidden">{BOARD.nameSuffix(name)}</span>
              </Button>
              <Button type="button" appearance="subtle-button" onClick={undo} disabled={busy}>
                {BOARD.undo}
                <span className="wmo-visually-hidden">{BOARD.nameSuffix(name)}</span>
              </Button>
            </>
          ) : (
            <Button type="submit" appearance="secondary-action-button" busy={busy}>
              {BOARD.confirm}
              <span className="wmo-visually-hidden">{BOARD.nameSuffix(name)}</span>
            </Button>
          )}
        </ButtonGroup>
        <Paragraph
          role="status"
          ref={statusRef}
          tabIndex={-1}
          className="wmo-capacity-card__status"
        >
          {statusText}
        </Paragraph>
        {failure !== null && <ErrorNotice error={failure} title={BOARD.saveFailed} />}
      </form>

      <Paragraph>
        <AppLink href={`/aanbod/${offering.id}/wijzigen`}>
          {BOARD.edit}
          <span className="wmo-visually-hidden">{BOARD.nameSuffix(name)}</span>
        </AppLink>
      </Paragraph>
    </article>
  );
}
