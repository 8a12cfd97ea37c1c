import { AuthGate } from '../features/auth';
import { ReferenceProvider } from '../shared/reference';
import { usePathname } from '../shared/router';
import { I18nProvider } from '../shared/useI18n';
import { Header } from './Header';
import { matchRoute } from './routes';
import { Screen } from './Screen';

function Shell() {
  const pathname = usePathname();
  return (
    <ReferenceProvider>
      <Header pathname={pathname} />
      <main className="main">
        <Screen route={matchRoute(pathname)} />
      </main>
    </ReferenceProvider>
  );
}

/** Providers: language first (the login form is translated too), then the session gate. */
export function App() {
  return (
    <I18nProvider>
      <AuthGate>
        <Shell />
      </AuthGate>
    </I18nProvider>
  );
}
