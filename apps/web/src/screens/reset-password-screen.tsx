import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { RESET_PASSWORD } from '../graphql/identity-operations';
import { ConferForm } from '../ui/form/confer-form';
import { FormField } from '../ui/form/form-field';
import { Screen } from '../ui/layout/screen';

/** Choosing a new password from the e-mailed link: /reset-password?token=<code>. */
export function ResetPasswordScreen() {
  const [resetPassword] = useMutation(RESET_PASSWORD);
  const [params] = useSearchParams();
  const code = params.get('token') ?? '';
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Screen title="Your password is changed">
        <p>For your safety, you have been signed out everywhere. Sign in with your new password.</p>
        <p>
          <Link className="button button--primary" to="/sign-in">
            Sign in
          </Link>
        </p>
      </Screen>
    );
  }

  const submit = async (values: Record<string, string>) => {
    await resetPassword({ variables: { token: code || values.token || '', password: values.password } });
    setDone(true);
  };

  return (
    <Screen title="Choose a new password">
      <ConferForm onSubmit={submit} submitLabel="Save my new password" submittingLabel="Saving…">
        {!code && (
          <FormField
            name="token"
            label="Reset code"
            hint="It is in the e-mail we sent you."
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <FormField
          name="password"
          label="New password"
          hint="At least 12 characters. A few words you will remember work well."
          type="password"
          autoComplete="new-password"
        />
      </ConferForm>
      <p>
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </Screen>
  );
}
