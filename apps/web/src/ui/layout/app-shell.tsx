import { Outlet } from 'react-router';
import { SiteHeader } from './site-header';

/** Every page: a "Skip to content" link, the header, and the screen in <main>. */
export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to content
      </a>
      <SiteHeader />
      <main className="main" id="main-content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Confer: the network of the programme&apos;s alumni.</p>
      </footer>
    </>
  );
}
