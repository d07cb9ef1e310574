import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { REQUEST_PASSWORD_RESET } from '../graphql/identity-operations';
import { ConferForm } from '../ui/form/confer-form';
import { FormField } from '../ui/form/form-field';
import { Screen } from '../ui/layout/screen';

/** Asking for a reset link; the answer is the same whether or not the address belongs to a member. */
export function ForgotPasswordScreen() {
  const [requestReset] = useMutation(REQUEST_PASSWORD_RESET);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <Screen title="Check your e-mail">
        <p>
          If <strong>{sentTo}</strong> belongs to a member, we have sent a link to choose a new password. It
          works once, for one hour.
        </p>
        <p>Nothing arrived after a few minutes? Look in your junk mail folder, or ask again.</p>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </Screen>
    );
  }

  const submit = async (values: Record<string, string>) => {
    await requestReset({ variables: { email: values.email } });
    setSentTo(values.email);
  };

  return (
    <Screen title="Forgotten your password?" lead="We will e-mail you a link to choose a new one.">
      <ConferForm onSubmit={submit} submitLabel="Send me a link" submittingLabel="Sending…">
        <FormField name="email" label="E-mail address" type="email" autoComplete="email" spellCheck={false} />
      </ConferForm>
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </Screen>
  );
}
