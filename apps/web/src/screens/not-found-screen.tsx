import { Link } from 'react-router';
import { Screen } from '../ui/layout/screen';

export function NotFoundScreen() {
  return (
    <Screen title="Page not found">
      <p>
        There is nothing at this address. If you typed it, check it; if you followed a link, it may be out of
        date.
      </p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </Screen>
  );
}
