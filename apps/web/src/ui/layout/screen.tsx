import { useEffect, useRef, type ReactNode } from 'react';

/** The first screen of a page load keeps the focus where the browser puts it; later ones take it (see below). */
let firstScreen = true;

export interface ScreenProps {
  /** The page's heading (h1), also the tab's title: "<title> – Confer". */
  title: string;
  /** A line under the heading. */
  lead?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame of every screen: its title in the browser tab and its h1. After moving to another screen the focus
 * goes to the heading, so that screen readers announce the new page and Tab continues from its top.
 */
export function Screen({ title, lead, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Confer`;
    if (firstScreen) firstScreen = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <article className="screen">
      <h1 className="screen__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="screen__lead">{lead}</p>}
      {children}
    </article>
  );
}
