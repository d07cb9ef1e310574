import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CREATE_GROUP, type Visibility } from '../../graphql/groups-operations';
import { useAnnounce } from '../../ui/announcer';
import { VISIBILITY_WORDS } from '../../ui/discussions/group-words';
import { TextAreaField } from '../../ui/form/text-area-field';
import { ConferForm } from '../../ui/form/confer-form';
import { FormField } from '../../ui/form/form-field';

const CHOICES: Visibility[] = ['PUBLIC', 'PRIVATE', 'HIDDEN'];

/** Starting a group: a name, what it is for, and who may find and join it (each choice explained). */
export function CreateGroupForm() {
  const [createGroup] = useMutation(CREATE_GROUP);
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);

  const submit = async (values: Record<string, string>) => {
    const { data } = await createGroup({
      variables: {
        input: {
          name: values.name ?? '',
          description: values.description ?? '',
          visibility: (values.visibility as Visibility) || 'PUBLIC',
        },
      },
    });
    if (!data) return;
    announce(`Your group ${data.createGroup.name} is ready.`);
    await navigate(`/groups/${data.createGroup.slug}`);
  };

  return (
    <section className="section" aria-labelledby="create-group-heading">
      <h2 id="create-group-heading">Start a new group</h2>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls="create-group"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Close the new group form' : 'Create a group'}
        </button>
      </p>
      <div id="create-group" hidden={!open}>
        {open && (
          <ConferForm
            onSubmit={submit}
            submitLabel="Create the group"
            submittingLabel="Creating…"
            label="New group"
          >
            <FormField
              name="name"
              label="Group name"
              hint="Short and clear, for example “Carers in the North West”."
            />
            <TextAreaField
              name="description"
              label="What is it for?"
              hint="A sentence or two, so people know if it is for them."
              rows={4}
            />
            <fieldset className="field choice-list">
              <legend className="field__label">Who can find and join it?</legend>
              {CHOICES.map((choice) => (
                <div className="choice" key={choice}>
                  <input
                    type="radio"
                    id={`visibility-${choice}`}
                    name="visibility"
                    value={choice}
                    defaultChecked={choice === 'PUBLIC'}
                    aria-describedby={`visibility-${choice}-hint`}
                  />
                  <label htmlFor={`visibility-${choice}`}>
                    <strong>{VISIBILITY_WORDS[choice].label}</strong>
                    <span className="choice__hint" id={`visibility-${choice}-hint`}>
                      {VISIBILITY_WORDS[choice].explained}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
          </ConferForm>
        )}
      </div>
    </section>
  );
}
