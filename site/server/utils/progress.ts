import type { H3Event } from 'h3';
import { decodeProgress, encodeProgress, PROGRESS_COOKIE } from '#shared/progress/cookie';
import type { Progress, ProgressStore } from '#shared/progress/model';

const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * Progress kept in a first-party cookie: the server renders it into the HTML and the "mark as done" form works
 * without JavaScript. HttpOnly because no script needs it; an account-backed ProgressStore can sit beside it later.
 */
export function cookieProgressStore(event: H3Event) {
  return {
    load: (): Progress => decodeProgress(getCookie(event, PROGRESS_COOKIE)),
    save: (progress: Progress): void => {
      setCookie(event, PROGRESS_COOKIE, encodeProgress(progress), {
        path: '/',
        maxAge: ONE_YEAR_S,
        sameSite: 'lax',
        httpOnly: true,
        secure: getRequestProtocol(event) === 'https',
      });
    },
  } satisfies ProgressStore;
}
