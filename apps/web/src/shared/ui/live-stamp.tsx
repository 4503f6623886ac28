import { Paragraph } from '@utrecht/component-library-react';
import { formatClock } from '../format';

/** "Bijgewerkt om 14:03": tells people that what they see is current. */
export function LiveStamp({ at, live = true }: { at: Date | string; live?: boolean }) {
  return (
    <Paragraph className="wmo-live-stamp">
      <small>
        {live ? 'Live bijgewerkt' : 'Bijgewerkt'}, laatst om{' '}
        <time dateTime={new Date(at).toISOString()}>{formatClock(at)}</time>
      </small>
    </Paragraph>
  );
}
