import { composeMail, type OutgoingMail } from '#libs/mail';

/** The plain-language mails of the identity domain. */
export const identityMail = {
  invitation(to: string, inviterName: string, link: string, token: string, expiresAt: Date): OutgoingMail {
    const until = expiresAt.toUTCString().replace(/:\d\d GMT$/, ' GMT');
    return composeMail({
      to,
      subject: `${inviterName} has invited you to join Confer`,
      greeting: 'Hello,',
      paragraphs: [
        `${inviterName} has invited you to Confer, the network for alumni of the leadership programme.`,
        'To accept, open this link and choose a password:',
      ],
      action: { label: 'Accept the invitation', url: link },
      footnotes: [
        `If the link does not open, your invitation code is: ${token}`,
        `The invitation can be used once, until ${until}.`,
        'If you were not expecting this, you can ignore this e-mail.',
      ],
    });
  },

  passwordReset(to: string, link: string, token: string): OutgoingMail {
    return composeMail({
      to,
      subject: 'Reset your Confer password',
      greeting: 'Hello,',
      paragraphs: [
        'Someone (we hope you) asked to reset the password of your Confer account.',
        'To choose a new password, open this link within one hour:',
      ],
      action: { label: 'Choose a new password', url: link },
      footnotes: [
        `If the link does not open, your reset code is: ${token}`,
        'If you did not ask for this, you can ignore this e-mail: your password has not changed.',
      ],
    });
  },

  passwordChanged(
    to: string,
    kind: 'password-changed' | 'password-reset',
    links: { reset: string; sessions: string },
  ): OutgoingMail {
    return composeMail({
      to,
      subject: 'Your Confer password has been changed',
      greeting: 'Hello,',
      paragraphs: [
        kind === 'password-reset'
          ? 'The password of your Confer account was just reset with a link we e-mailed to you.'
          : 'The password of your Confer account was just changed.',
        'If this was you, there is nothing more to do.',
        'If this wasn’t you, choose a new password at once: this signs out every device, including whoever did it.',
      ],
      action: { label: 'Reset your password', url: links.reset },
      footnotes: [`See where you are signed in, and sign out there: ${links.sessions}`],
    });
  },

  newSignIn(
    to: string,
    userAgent: string | null,
    at: Date,
    links: { reset: string; sessions: string },
  ): OutgoingMail {
    return composeMail({
      to,
      subject: 'A new sign-in to your Confer account',
      greeting: 'Hello,',
      paragraphs: [
        `Your Confer account was just signed in to from a browser or device it has not been used on before, ` +
          `on ${at.toUTCString().replace(/:\d\d GMT$/, ' GMT')}.`,
        'If this was you, there is nothing more to do.',
        'If this wasn’t you, choose a new password at once: this signs out every device, including whoever did it.',
      ],
      list: [`Device: ${userAgent ?? 'unknown'}`],
      action: { label: 'Reset your password', url: links.reset },
      footnotes: [`See where you are signed in, and sign out there: ${links.sessions}`],
    });
  },
};
