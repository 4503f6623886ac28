import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/**
 * The page's one h1, and the browser tab's title. After a navigation inside the app, focus
 * moves to the heading, so a screen reader announces the new page (the first load does not
 * move focus).
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    if (text) document.title = `${text} – Wmo-matching Gooi en Vechtstreek`;
  }, [text]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="wmo-page-title">
      {children}
    </Heading1>
  );
}
