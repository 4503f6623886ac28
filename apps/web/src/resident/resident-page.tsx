import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { ResidentShortlistFragment } from '../gql/graphql';
import { hasCode } from '../shared/errors';
import { formatClock } from '../shared/format';
import { isNewerShortlist } from '../shared/shortlist-revision';
import { ErrorNotice } from '../shared/ui/error-notice';
import { Loading } from '../shared/ui/loading';
import { Notice } from '../shared/ui/notice';
import { LinkProblem } from './link-problem';
import { OptionCard } from './option-card';
import { statusNote } from './resident-view';
import { TEXT } from './texts';

graphql(`
  fragment ResidentShortlist on Shortlist {
    requestId
    revision
    computedAt
    options {
      rank
      offeringId
      providerName
      distanceKm
      waitingWeeks
      freePlaces
      waitingList
      stale
      reasons {
        code
        label
      }
    }
  }
`);

const ResidentView = graphql(`
  query ResidentView {
    myRequest {
      id
      status
      productCode
      municipalityCode
      preferredOfferingId
      shortlist {
        ...ResidentShortlist
      }
    }
    products {
      code
      name
    }
    municipalities {
      code
      name
    }
  }
`);

const ResidentShortlistUpdated = graphql(`
  subscription ResidentShortlistUpdated($requestId: ID!) {
    shortlistUpdated(requestId: $requestId) {
      ...ResidentShortlist
    }
  }
`);

const ResidentChoosePreference = graphql(`
  mutation ResidentChoosePreference($offeringId: ID!) {
    choosePreference(offeringId: $offeringId) {
      id
      preferredOfferingId
    }
  }
`);

const STATUS_TEXT = {
  referred: TEXT.statusReferred,
  placed: TEXT.statusPlaced,
  closed: TEXT.statusClosed,
} as const;

/** The options as cards, live: a new revision replaces the list and is announced. */
export function ResidentPage() {
  const { data, error, loading, refetch } = useQuery(ResidentView);
  const request = data?.myRequest;
  const [live, setLive] = useState<ResidentShortlistFragment | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  useSubscription(ResidentShortlistUpdated, {
    skip: !request,
    variables: { requestId: request?.id ?? '' },
    onData: ({ data: message }) => {
      const next = message.data?.shortlistUpdated;
      if (!next) return;
      setLive((shown) => {
        const current = shown ?? request?.shortlist ?? null;
        if (!isNewerShortlist(next, current)) return shown;
        if (current) setUpdatedAt(formatClock(new Date()));
        return next;
      });
    },
  });
  const [choose, choosing] = useMutation(ResidentChoosePreference);
  const [chosen, setChosen] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const saved = Boolean(chosen && request?.preferredOfferingId === chosen && !choosing.loading);
  // The confirm button disappears once the choice is stored: keyboard focus moves to the news.
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  useEffect(() => {
    document.title = `${TEXT.title} – ${TEXT.site}`;
  }, []);

  if (error && hasCode(error, 'UNAUTHENTICATED')) return <LinkProblem />;
  if (!request) {
    if (loading) return <Loading>{TEXT.loading}</Loading>;
    return (
      <>
        <Heading1>{TEXT.title}</Heading1>
        <ErrorNotice error={error} title={TEXT.errorTitle} onRetry={() => void refetch()} />
      </>
    );
  }

  const shortlist = live ?? request.shortlist;
  const name = (list: readonly { code: string; name: string }[], code: string) =>
    list.find((item) => item.code === code)?.name ?? code;
  const product = name(data.products, request.productCode).toLowerCase();
  const municipality = name(data.municipalities, request.municipalityCode);
  const note = statusNote(request.status);
  const preferred = request.preferredOfferingId;
  const options = shortlist?.options ?? [];
  const chosenOption = options.find((option) => option.offeringId === chosen);

  return (
    <>
      <Heading1>{TEXT.title}</Heading1>
      <Paragraph lead>{TEXT.intro(product, municipality)}</Paragraph>
      {note ? (
        <Notice type="info">{STATUS_TEXT[note]}</Notice>
      ) : (
        <Paragraph>{TEXT.howToChoose}</Paragraph>
      )}
      <div aria-live="polite" className="wmo-live-region">
        {updatedAt && <Notice type="info">{TEXT.updated(updatedAt)}</Notice>}
      </div>
      {saved && chosenOption && (
        <div ref={savedRef} tabIndex={-1} className="wmo-focus-target">
          <Notice type="ok">{TEXT.saved(chosenOption.providerName)}</Notice>
        </div>
      )}
      {choosing.error && <ErrorNotice error={choosing.error} />}
      {!shortlist && <Notice type="info">{TEXT.computing}</Notice>}
      {shortlist && options.length === 0 && (
        <section aria-labelledby="geen-opties">
          <Heading2 id="geen-opties">{TEXT.noOptionsTitle}</Heading2>
          <Paragraph>{TEXT.noOptions}</Paragraph>
        </section>
      )}
      {options.length > 0 && (
        <ol className="wmo-options" aria-label={TEXT.title}>
          {options.map((option) => (
            <OptionCard
              key={option.offeringId}
              option={option}
              total={options.length}
              chosen={preferred === option.offeringId}
              canChoose={note === null}
              busy={choosing.loading}
              onChoose={async () => {
                setChosen(option.offeringId);
                await choose({ variables: { offeringId: option.offeringId } }).catch(
                  () => undefined,
                );
              }}
            />
          ))}
        </ol>
      )}
    </>
  );
}
