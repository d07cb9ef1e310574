import { Route } from 'react-router';
import { DirectoryScreen } from './directory-screen';
import { MemberScreen } from './member-screen';
import { MyProfileScreen } from './my-profile-screen';
import { PairingsScreen } from './pairings-screen';

/** The people screens: the directory, a member's profile, my profile and my collaborative pairs. */
export function peopleRoutes() {
  return [
    <Route key="/directory" path="/directory" element={<DirectoryScreen />} />,
    <Route key="/members/:id" path="/members/:id" element={<MemberScreen />} />,
    <Route key="/profile" path="/profile" element={<MyProfileScreen />} />,
    <Route key="/pairings" path="/pairings" element={<PairingsScreen />} />,
  ];
}
