import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { WITHDRAW_LIVED_EXPERIENCE_CONSENT, type MyProfile } from '../../graphql/people-operations';
import { useAnnounce } from '../../ui/announcer';
import { ConfirmPanel } from '../../ui/people/confirm-panel';
import { CheckboxField } from '../../ui/form/checkbox-field';
import { dateWords } from '../../ui/people/people-words';
import { TextAreaField } from '../../ui/form/text-area-field';
import { VisibilityChoice } from '../../ui/people/visibility-choice';

/** The consent's words without their version in front ("lived-experience/v1: I agree ..."). */
const plainWording = (wording: string) => wording.replace(/^[\w-]+\/v\d+:\s*/, '');

/**
 * Lived experience of illness, disability or caring: health information. It is private unless the member chooses,
 * is kept only with their explicit consent (asked here, beside the box), and the consent can be withdrawn, which
 * erases it.
 */
export function LivedExperienceSection({ me, wording }: { me: MyProfile; wording: string }) {
  const announce = useAnnounce();
  const [withdraw, { loading }] = useMutation(WITHDRAW_LIVED_EXPERIENCE_CONSENT);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const consent = me.consents?.find((c) => c.kind === 'LIVED_EXPERIENCE' && !c.withdrawnAt);
  const audience = me.visibility?.find((v) => v.field === 'LIVED_EXPERIENCE')?.visibility ?? 'PRIVATE';

  const confirmWithdrawal = async () => {
    setProblem('');
    try {
      await withdraw();
      setConfirming(false);
      announce('Consent withdrawn. Your lived experience has been erased and is private again.');
    } catch {
      setProblem('We could not withdraw your consent. Please try again.');
    }
  };

  return (
    <fieldset className="profile-section">
      <legend className="profile-section__title">Lived experience (health information)</legend>
      <p>
        This is health information, so it is <strong>private by default</strong>: only you see it unless you
        choose otherwise below. Confer keeps it only with your consent, and you can withdraw that consent at
        any time: what you wrote is then erased.
      </p>
      <TextAreaField
        name="livedExperience"
        label="Your lived experience of illness, disability or caring"
        hint="Optional. Up to 2,000 characters."
        defaultValue={me.livedExperience ?? ''}
        maxLength={2000}
        rows={5}
        after={<VisibilityChoice field="LIVED_EXPERIENCE" what="your lived experience" current={audience} />}
      />
      {consent ? (
        <div className="consent consent--given">
          <p>
            You gave your consent on {dateWords(consent.givenAt)} to these words: &ldquo;
            {plainWording(wording)}
            &rdquo;
          </p>
          {confirming ? (
            <ConfirmPanel
              warning
              busy={loading}
              confirmLabel="Yes, withdraw and erase it"
              cancelLabel="No, keep it"
              onConfirm={() => void confirmWithdrawal()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                <strong>Withdraw your consent?</strong> Your lived experience will be erased from Confer now
                and cannot be brought back.
              </p>
            </ConfirmPanel>
          ) : (
            <button className="button button--secondary" type="button" onClick={() => setConfirming(true)}>
              Withdraw my consent
            </button>
          )}
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
        </div>
      ) : (
        <div className="consent">
          <CheckboxField
            name="consentToLivedExperience"
            summaryLabel="Consent to keep your lived experience"
            label={plainWording(wording)}
            hint="Needed before Confer can save what you write above. Leave it unticked if you would rather not share this."
          />
        </div>
      )}
    </fieldset>
  );
}
