import { useQuery } from '@apollo/client/react';
import {
  EVENT_CHOICES,
  type EventDetail,
  type EventFormat,
  type EventInput,
} from '../../graphql/events-operations';
import { ConferForm } from '../form/confer-form';
import { FormField } from '../form/form-field';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';
import { SelectField } from '../form/select-field';
import { TextAreaField } from '../form/text-area-field';
import { checkedValues, ChoiceGroup, EventCheckboxField } from './form-controls';

export const FORMAT_WORDS: Record<EventFormat, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  HYBRID: 'Hybrid (in person and online)',
};

/** The form's values as the operation's input: times read in the chosen zone, blanks as null. */
function eventInputOf(values: Record<string, string>): EventInput {
  const text = (name: string) => values[name]?.trim() || null;
  const timezone = text('timezone');
  const zone = timezone ?? 'UTC';
  const capacity = text('capacity');
  return {
    title: values.title ?? '',
    description: values.description ?? '',
    startsAt: zonedLocalToIso(values.startsAt ?? '', zone),
    endsAt: zonedLocalToIso(values.endsAt ?? '', zone),
    timezone,
    format: (text('format') as EventFormat | null) ?? null,
    venue: text('venue'),
    onlineUrl: text('onlineUrl'),
    regionCode: text('regionCode'),
    topicSlugs: checkedValues(values, 'topicSlugs'),
    // A number the server checks; something not a number becomes 0, which it explains ("from 1 to ...").
    capacity: capacity === null ? null : Number.isInteger(Number(capacity)) ? Number(capacity) : 0,
    rsvpDeadline: zonedLocalToIso(values.rsvpDeadline ?? '', zone),
    attendeesVisible: values.attendeesVisible === 'on',
  };
}

export interface EventFormProps {
  /** The event being changed; a new one when left out. */
  event?: EventDetail;
  /**
   * Offer the groups whose events the viewer may create (a new event only); `platform` says whether a platform event
   * is allowed (Query.viewerCan.createPlatformEvent).
   */
  platform?: boolean;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: (input: EventInput, groupId: string | null) => Promise<void>;
}

/** Every field of an event, each with its error beside it; used to create and to change one. */
export function EventForm({
  event,
  platform = true,
  submitLabel,
  submittingLabel,
  onSubmit,
}: EventFormProps) {
  const { data } = useQuery(EVENT_CHOICES);
  const zone = event?.timezone ?? 'Europe/London';
  const ranGroups = (data?.groups.edges ?? [])
    .map((edge) => edge.node)
    .filter((group) => group.viewerCan.createEvent);

  return (
    <ConferForm
      label={submitLabel}
      submitLabel={submitLabel}
      submittingLabel={submittingLabel}
      onSubmit={(values) => onSubmit(eventInputOf(values), values.groupId || null)}
    >
      <FormField name="title" label="Title" defaultValue={event?.title} maxLength={200} />
      <TextAreaField
        name="description"
        label="Description"
        hint="What happens, who it is for, and anything people should know (access, breaks, what to bring)."
        rows={6}
        defaultValue={event?.description}
      />
      {!event && ranGroups.length > 0 && (
        <SelectField
          name="groupId"
          label="Whose event is it?"
          hint="A group's event is seen by those who may read the group."
          options={[
            ...(platform ? [{ value: '', label: 'A Confer event, open to every member' }] : []),
            ...ranGroups.map((group) => ({ value: group.id, label: `The group ${group.name}` })),
          ]}
        />
      )}
      <FormField
        name="timezone"
        label="Time zone"
        hint="The times below are in this zone, for example Europe/London."
        defaultValue={zone}
        autoComplete="off"
        spellCheck={false}
      />
      <FormField
        name="startsAt"
        label="Starts"
        type="datetime-local"
        defaultValue={isoToZonedLocal(event?.startsAt ?? null, zone)}
      />
      <FormField
        name="endsAt"
        label="Ends"
        hint="At most 14 days after the start."
        type="datetime-local"
        defaultValue={isoToZonedLocal(event?.endsAt ?? null, zone)}
      />
      <ChoiceGroup
        name="format"
        label="How people take part"
        type="radio"
        options={Object.entries(FORMAT_WORDS).map(([value, label]) => ({ value, label }))}
        defaultValues={[event?.format ?? 'IN_PERSON']}
      />
      <FormField
        name="venue"
        label="Venue"
        hint="The address, for in-person and hybrid events."
        defaultValue={event?.venue ?? ''}
      />
      <FormField
        name="onlineUrl"
        label="Online link"
        hint="For online and hybrid events; starts with https://. Only people going will see it."
        type="url"
        defaultValue={event?.onlineUrl ?? ''}
        spellCheck={false}
      />
      <SelectField
        name="regionCode"
        label="Region"
        defaultValue={event?.region?.code ?? ''}
        options={[
          { value: '', label: 'No particular region' },
          ...(data?.regions ?? []).map((region) => ({ value: region.code, label: region.name })),
        ]}
      />
      {data && (
        <ChoiceGroup
          name="topicSlugs"
          label="Topics"
          type="checkbox"
          options={data.topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
          defaultValues={event?.topics.map((topic) => topic.slug) ?? []}
        />
      )}
      <FormField
        name="capacity"
        label="Places"
        hint="Leave empty for no limit. When it is full, people join a waitlist and are let in as places free up."
        inputMode="numeric"
        defaultValue={event?.capacity ?? ''}
      />
      <FormField
        name="rsvpDeadline"
        label="Last moment to say you are going (optional)"
        hint="Before the start, in the time zone above."
        type="datetime-local"
        defaultValue={isoToZonedLocal(event?.rsvpDeadline ?? null, zone)}
      />
      <EventCheckboxField
        name="attendeesVisible"
        label="Let people going see who else is going"
        defaultChecked={event?.attendeesVisible ?? false}
      />
    </ConferForm>
  );
}
