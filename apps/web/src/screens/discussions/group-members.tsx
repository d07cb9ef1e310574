import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { appendGroupPage } from '../../graphql/connection';
import {
  GROUP_MEMBERS,
  INVITE_TO_GROUP,
  REMOVE_FROM_GROUP,
  SET_GROUP_ROLE,
  type GroupRole,
  type MembershipRow,
} from '../../graphql/groups-operations';
import { useAnnounce } from '../../ui/announcer';
import { ROLE_WORDS } from '../../ui/discussions/group-words';
import { MemberPicker } from '../../ui/discussions/member-picker';
import { ShowMore } from '../../ui/show-more';
import { useAction } from '../../ui/discussions/use-action';

const ROLES: GroupRole[] = ['MEMBER', 'MODERATOR', 'OWNER'];

/** For owners (roles) and moderators (remove): the controls of one member's row. */
function MemberModeration({
  groupId,
  row,
  isOwner,
}: {
  groupId: string;
  row: MembershipRow;
  isOwner: boolean;
}) {
  const [setRole] = useMutation(SET_GROUP_ROLE);
  const [remove] = useMutation(REMOVE_FROM_GROUP);
  const announce = useAnnounce();
  const { busy, problem, run } = useAction();
  const [role, setChosen] = useState<GroupRole>(row.role);
  const member = row.member;
  if (!member) return null;
  const selectId = `role-${member.id}`;
  return (
    <div className="member-moderation">
      {isOwner && (
        <span className="member-moderation__role">
          <label htmlFor={selectId}>
            Role<span className="visually-hidden"> of {member.displayName}</span>
          </label>{' '}
          <select id={selectId} value={role} onChange={(event) => setChosen(event.target.value as GroupRole)}>
            {ROLES.map((choice) => (
              <option key={choice} value={choice}>
                {ROLE_WORDS[choice]}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="button button--small"
            aria-disabled={busy || role === row.role}
            onClick={() =>
              role !== row.role &&
              void run(() =>
                setRole({
                  variables: { groupId, memberId: member.id, role },
                  refetchQueries: ['GroupMembers', 'Group'],
                }),
              ).then(
                (ok) => ok && announce(`${member.displayName} is now ${ROLE_WORDS[role].toLowerCase()}.`),
              )
            }
          >
            Save role<span className="visually-hidden"> of {member.displayName}</span>
          </button>
        </span>
      )}
      <button
        type="button"
        className="button button--small button--warning"
        aria-disabled={busy}
        onClick={() =>
          void run(() =>
            remove({
              variables: { groupId, memberId: member.id, ban: false },
              refetchQueries: ['GroupMembers', 'Group'],
            }),
          ).then((ok) => ok && announce(`${member.displayName} was removed from the group.`))
        }
      >
        Remove<span className="visually-hidden"> {member.displayName} from the group</span>
      </button>
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** Active members with their roles; owners and moderators invite, change roles and remove. */
export function GroupMembers({
  slug,
  groupId,
  canModerate,
  isOwner,
  viewerId,
}: {
  slug: string;
  groupId: string;
  canModerate: boolean;
  isOwner: boolean;
  viewerId: string;
}) {
  const { data, loading, error, fetchMore } = useQuery(GROUP_MEMBERS, { variables: { slug } });
  const [invite] = useMutation(INVITE_TO_GROUP);
  const announce = useAnnounce();
  const [invited, setInvited] = useState('');
  const members = data?.group.members;
  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {!data && loading && <p className="quiet">Loading the members…</p>}
      {!data && error && (
        <p className="inline-error">We could not load the members. Please reload the page.</p>
      )}
      {members && (
        <ul className="member-list">
          {members.edges.map(({ node: row }) => (
            <li key={row.id} className="member-list__item">
              <span>
                <strong>{row.member?.displayName ?? 'Former member'}</strong>{' '}
                <span className="quiet">{ROLE_WORDS[row.role]}</span>
              </span>
              {canModerate && row.member && row.member.id !== viewerId && (
                <MemberModeration groupId={groupId} row={row} isOwner={isOwner} />
              )}
            </li>
          ))}
        </ul>
      )}
      <ShowMore
        what="members"
        pageInfo={members?.pageInfo}
        load={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: appendGroupPage('members'),
          })
        }
      />
      {canModerate && (
        <div className="sub-section">
          <h3>Invite a member</h3>
          <MemberPicker
            id="invite"
            exclude={viewerId}
            label="Find a member to invite"
            actionLabel="Invite"
            onPick={async (member) => {
              try {
                await invite({ variables: { groupId, memberId: member.id } });
                setInvited(
                  `${member.displayName} is invited. They will see the invitation on the group's page.`,
                );
                announce(`${member.displayName} is invited.`);
              } catch {
                setInvited(`We could not invite ${member.displayName}. They may already be a member.`);
              }
            }}
          />
          <p role="status">{invited}</p>
        </div>
      )}
    </section>
  );
}
