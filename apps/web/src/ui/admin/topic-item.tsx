import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { RENAME_TOPIC, TAXONOMY, type Topic } from '../../graphql/admin-operations';
import { useAnnounce } from '../announcer';
import { ConferForm } from '../form/confer-form';
import { FormField } from '../form/form-field';

/** One topic, with a way to rename it (its slug, and so every filter and link, stays). Escape closes the form. */
export function TopicItem({ topic }: { topic: Topic }) {
  const announce = useAnnounce();
  const [renaming, setRenaming] = useState(false);
  const [renameTopic] = useMutation(RENAME_TOPIC, { refetchQueries: [{ query: TAXONOMY }] });
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  useEffect(() => {
    if (renaming) box.current?.querySelector('input')?.focus();
    else if (wasRenaming.current) button.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  return (
    <li className="admin-item">
      <p className="admin-item__title">{topic.name}</p>
      <p className="quiet">
        Address name: <code>{topic.slug}</code>
      </p>
      {renaming ? (
        <div
          ref={box}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setRenaming(false);
          }}
        >
          <ConferForm
            label={`Rename ${topic.name}`}
            submitLabel="Save the name"
            submittingLabel="Saving…"
            onSubmit={async (values) => {
              await renameTopic({ variables: { slug: topic.slug, name: values.name ?? '' } });
              setRenaming(false);
              announce(`Topic renamed to ${values.name ?? ''}.`);
            }}
          >
            <FormField name="name" label="New name" defaultValue={topic.name} />
          </ConferForm>
          <button className="button button--secondary" type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={button}
          className="button button--secondary"
          type="button"
          onClick={() => setRenaming(true)}
        >
          Rename<span className="visually-hidden"> {topic.name}</span>
        </button>
      )}
    </li>
  );
}
