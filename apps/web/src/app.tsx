import { Route, Routes } from 'react-router';
import { RealtimeProvider } from './realtime/realtime-context';
import { ForgotPasswordScreen } from './screens/forgot-password-screen';
import { HomeScreen } from './screens/home-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { adminRoutes } from './screens/admin/admin-routes';
import { discussionsRoutes } from './screens/discussions/discussions-routes';
import { eventsRoutes } from './screens/events/events-routes';
import { peopleRoutes } from './screens/people/people-routes';
import { RegisterScreen } from './screens/register-screen';
import { ResetPasswordScreen } from './screens/reset-password-screen';
import { SessionsScreen } from './screens/sessions-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { RequireSignIn } from './session/require-sign-in';
import { SessionProvider } from './session/session-context';
import { AnnouncerProvider } from './ui/announcer';
import { AppShell } from './ui/layout/app-shell';

/** The providers every screen relies on, and the routes. */
export function App({ realtimeUrl }: { realtimeUrl: string }) {
  return (
    <AnnouncerProvider>
      <SessionProvider>
        <RealtimeProvider url={realtimeUrl}>
          <Routes>
            <Route element={<AppShell />}>
              <Route path="/sign-in" element={<SignInScreen />} />
              <Route path="/register" element={<RegisterScreen />} />
              <Route path="/forgot-password" element={<ForgotPasswordScreen />} />
              <Route path="/reset-password" element={<ResetPasswordScreen />} />
              <Route element={<RequireSignIn />}>
                <Route index element={<HomeScreen />} />
                <Route path="/sessions" element={<SessionsScreen />} />
                {adminRoutes()}
                {discussionsRoutes()}
                {peopleRoutes()}
                {eventsRoutes()}
              </Route>
              <Route path="*" element={<NotFoundScreen />} />
            </Route>
          </Routes>
        </RealtimeProvider>
      </SessionProvider>
    </AnnouncerProvider>
  );
}
