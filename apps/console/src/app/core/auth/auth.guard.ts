import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from './session.store';

/** Sends anyone without a live session to /login, remembering where they were going. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).isAuthenticated()) {
    return true;
  }
  return inject(Router).createUrlTree(['/login'], {
    queryParams: { returnUrl: state.url },
  });
};

/** Keeps a signed-in user away from the login page. */
export const anonymousGuard: CanActivateFn = () =>
  inject(SessionStore).isAuthenticated()
    ? inject(Router).createUrlTree(['/'])
    : true;
