import type { ButtonLinkProps, LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { AppButtonLink, AppLink } from '../shared/ui/app-link';

/**
 * A link inside the app that hands the next page some state (e.g. the provider just added), as
 * navigate(href, { state }) does. Other clicks (new tab, …) open the plain address.
 */
function useStateClick(href: string, state: unknown) {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void navigate(href, { state });
  };
}

export function StateLink({ href, state, ...rest }: LinkProps & { href: string; state: unknown }) {
  return <AppLink href={href} onClick={useStateClick(href, state)} {...rest} />;
}

export function StateButtonLink({
  href,
  state,
  ...rest
}: ButtonLinkProps & { href: string; state: unknown }) {
  return <AppButtonLink href={href} onClick={useStateClick(href, state)} {...rest} />;
}
