import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { REGISTER } from '../graphql/identity-operations';
import { useSession } from '../session/session-context';
import { useAnnounce } from '../ui/announcer';
import { ConferForm } from '../ui/form/confer-form';
import { FormField } from '../ui/form/form-field';
import { Screen } from '../ui/layout/screen';

/** Accepting an invitation: /register?invitation=<code>, the link of the invitation e-mail. */
export function RegisterScreen() {
  const [register] = useMutation(REGISTER);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [params] = useSearchParams();
  const invitation = params.get('invitation') ?? '';

  const submit = async (values: Record<string, string>) => {
    const { data } = await register({
      variables: {
        input: {
          invitationToken: invitation || values.invitationToken || '',
          email: values.email,
          password: values.password,
          displayName: values.displayName,
        },
      },
    });
    if (!data) return;
    signIn(data.register);
    announce(`Welcome to Confer, ${data.register.member.displayName}. You are signed in.`);
    await navigate('/', { replace: true });
  };

  return (
    <Screen
      title="Join Confer"
      lead="You have been invited to Confer, the network of the programme's alumni. Create your account to accept."
    >
      <ConferForm onSubmit={submit} submitLabel="Create my account" submittingLabel="Creating your account…">
        {!invitation && (
          <FormField
            name="invitationToken"
            label="Invitation code"
            hint="It is in your invitation e-mail."
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <FormField
          name="email"
          label="E-mail address"
          hint="The address your invitation was sent to."
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <FormField
          name="displayName"
          label="Your name"
          hint="As other members will see it. You can change it later."
          autoComplete="name"
        />
        <FormField
          name="password"
          label="Choose a password"
          hint="At least 12 characters. A few words you will remember work well."
          type="password"
          autoComplete="new-password"
        />
      </ConferForm>
    </Screen>
  );
}
