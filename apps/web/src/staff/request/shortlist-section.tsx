import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { causeLabel } from '../../shared/labels';
import { EmptyState } from '../../shared/ui/empty-state';
import { LiveStamp } from '../../shared/ui/live-stamp';
import { Notice } from '../../shared/ui/notice';
import { exclusionSentences } from '../shared/staff-wording';
import type { StaffShortlist } from './live-shortlist';
import { OptionCard, type StaffOption } from './option-card';
import { TEXT } from './texts';

const T = TEXT.shortlist;

/**
 * The live shortlist: when and why it last changed (announced politely when it changes), the
 * options, and why other offerings are not among them.
 */
export function ShortlistSection({
  shortlist,
  open,
  preferredOfferingId,
  liveError,
  onRefresh,
  onRefer,
}: {
  shortlist: StaffShortlist | null;
  /** The request is still looking for a provider. */
  open: boolean;
  preferredOfferingId: string | null | undefined;
  liveError: unknown;
  onRefresh: () => void;
  onRefer?: (option: StaffOption) => void;
}) {
  const preferenceShown =
    !preferredOfferingId ||
    shortlist?.options.some((option) => option.offering?.id === preferredOfferingId);
  const sentences = shortlist ? exclusionSentences(shortlist.exclusions) : [];
  return (
    <section aria-labelledby="mogelijkheden" className="wmo-staff-section">
      <Heading2 id="mogelijkheden">{T.title}</Heading2>
      <Paragraph>{open ? T.intro : T.closed}</Paragraph>
      {Boolean(liveError) && (
        <Notice type="warning">
          <Paragraph>{T.liveFailed}</Paragraph>
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={onRefresh}>
              {T.refresh}
            </Button>
          </Paragraph>
        </Notice>
      )}
      <div role="status" aria-live="polite" className="wmo-staff-stamp">
        {shortlist ? (
          <>
            <LiveStamp at={shortlist.computedAt} live={open} />
            <Paragraph>
              <small>{T.stamp(shortlist.revision, causeLabel(shortlist.cause.kind))}</small>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{T.computing}</Paragraph>
        )}
      </div>
      {!preferenceShown && <Notice type="info">{T.preferenceGone}</Notice>}
      {shortlist && shortlist.options.length === 0 && (
        <EmptyState title={T.emptyTitle}>{T.empty}</EmptyState>
      )}
      {shortlist && shortlist.options.length > 0 && (
        <ol className="wmo-cards wmo-staff-options" aria-label={T.listLabel}>
          {shortlist.options.map((option) => (
            <OptionCard
              key={option.offering?.id ?? `rank-${option.rank}`}
              option={option}
              preferred={
                Boolean(preferredOfferingId) && option.offering?.id === preferredOfferingId
              }
              onRefer={onRefer}
            />
          ))}
        </ol>
      )}
      {shortlist && (
        <>
          <Heading3>{T.exclusionsTitle}</Heading3>
          {sentences.length === 0 ? (
            <Paragraph>{T.noExclusions}</Paragraph>
          ) : (
            <UnorderedList>
              {sentences.map((sentence) => (
                <UnorderedListItem key={sentence}>{sentence}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </section>
  );
}
