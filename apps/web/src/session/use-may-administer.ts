import { useQuery } from '@apollo/client/react';
import { PLATFORM_PERMISSIONS } from '../graphql/identity-operations';

/**
 * Whether the signed-in member may use the admin pages, as the server answers it (Query.viewerCan.administer):
 * undefined while the answer is on its way. Asked once a session (Apollo's cache), by the header, home and the gate.
 */
export function useMayAdminister(signedIn = true): boolean | undefined {
  const { data } = useQuery(PLATFORM_PERMISSIONS, { skip: !signedIn });
  return data?.viewerCan.administer;
}
