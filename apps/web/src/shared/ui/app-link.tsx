import {
  ButtonLink,
  Link,
  type ButtonLinkProps,
  type LinkProps,
} from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/** Keeps a plain left click inside the app; other clicks (new tab, …) work as links do. */
function useInAppClick(href: string | undefined) {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!href || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
}

/** NL Design System link that navigates inside the app. */
export function AppLink({ href, onClick, ...rest }: LinkProps & { href: string }) {
  const inApp = useInAppClick(href);
  return (
    <Link
      href={href}
      onClick={(event) => {
        onClick?.(event);
        inApp(event);
      }}
      {...rest}
    />
  );
}

/** NL Design System link that looks like a button (e.g. "Nieuwe aanvraag"). */
export function AppButtonLink({ href, onClick, ...rest }: ButtonLinkProps & { href: string }) {
  const inApp = useInAppClick(href);
  return (
    <ButtonLink
      href={href}
      onClick={(event) => {
        onClick?.(event);
        inApp(event);
      }}
      {...rest}
    />
  );
}
