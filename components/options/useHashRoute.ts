import { useSyncExternalStore } from 'react';
import { routeFromHash, type Route } from './routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current options route, following the URL's hash. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}
