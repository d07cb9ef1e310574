import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LOGIN } from '../graphql/identity-operations';
import { useSession } from '../session/session-context';
import { useAnnounce } from '../ui/announcer';
import { ConferForm } from '../ui/form/confer-form';
import { FormField } from '../ui/form/form-field';
import { Screen } from '../ui/layout/screen';

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
function localPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInScreen() {
  const [login] = useMutation(LOGIN);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [params] = useSearchParams();

  const submit = async (values: Record<string, string>) => {
    const { data } = await login({
      variables: { input: { email: values.email, password: values.password } },
    });
    if (!data) return;
    signIn(data.login);
    announce(`Signed in as ${data.login.member.displayName}.`);
    await navigate(localPath(params.get('next')), { replace: true });
  };

  return (
    <Screen title="Sign in" lead="Sign in with the e-mail address and password you registered with.">
      <ConferForm onSubmit={submit} submitLabel="Sign in" submittingLabel="Signing in…" label="Sign in">
        <FormField name="email" label="E-mail address" type="email" autoComplete="email" spellCheck={false} />
        <FormField name="password" label="Password" type="password" autoComplete="current-password" />
      </ConferForm>
      <p>
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p>Confer is by invitation: if you were invited, open the link in your invitation e-mail to join.</p>
    </Screen>
  );
}
