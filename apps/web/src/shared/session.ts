import { graphql } from '../gql';
import type { AuthPayloadFieldsFragment } from '../gql/graphql';
import { GraphqlCallError, postGraphql } from './graphql-http';

graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    expiresAt
    user {
      id
      role
      email
      displayName
      municipalityCodes
      provider {
        id
        name
      }
    }
  }
`);

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...AuthPayloadFields
    }
  }
`);

const RefreshSession = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

export type SessionUser = AuthPayloadFieldsFragment['user'];

export type SessionState =
  | { readonly status: 'starting' }
  | { readonly status: 'anonymous'; readonly reason: 'new' | 'expired' | 'logged-out' }
  | { readonly status: 'active'; readonly user: SessionUser };

/** Refresh this long before the access token expires, so no call ever waits on an old one. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * The browser side of a session. The access token lives only in this object's memory; the
 * refresh token is an httpOnly cookie the page cannot read. Refreshes happen shortly before the
 * access token expires, one at a time across tabs (Web Locks), so a consultant stays logged in
 * all day while a stolen access token is only good for minutes.
 */
export class SessionStore {
  private state: SessionState = { status: 'starting' };
  private readonly listeners = new Set<() => void>();
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /** At page load: continue the session of the cookie, if there is one. */
  async restore(): Promise<void> {
    const ok = await this.refresh();
    if (!ok && this.state.status === 'starting') this.set({ status: 'anonymous', reason: 'new' });
  }

  /** Throws GraphqlCallError with the server's (Dutch) message when the login is refused. */
  async login(email: string, password: string): Promise<void> {
    const data = await postGraphql(Login, { email, password });
    this.accept(data.login);
  }

  async logout(): Promise<void> {
    this.forget();
    this.set({ status: 'anonymous', reason: 'logged-out' });
    await postGraphql(Logout, {}).catch(() => undefined);
  }

  /** A token that is valid for at least the refresh margin, or null when logged out. */
  async token(): Promise<string | null> {
    if (this.accessToken && Date.now() < this.expiresAt - REFRESH_MARGIN_MS) {
      return this.accessToken;
    }
    return (await this.refresh()) ? this.accessToken : null;
  }

  /** The server refused our token (e.g. the session was ended elsewhere). */
  async recoverFromUnauthenticated(): Promise<boolean> {
    this.accessToken = null;
    return this.refresh();
  }

  private refresh(): Promise<boolean> {
    this.refreshing ??= this.lockedRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async lockedRefresh(): Promise<boolean> {
    const run = async () => {
      try {
        const data = await postGraphql(RefreshSession, {});
        this.accept(data.refreshSession);
        return true;
      } catch (error) {
        if (error instanceof GraphqlCallError && error.code === 'NETWORK') {
          // Offline: keep the state; the next call tries again.
          return false;
        }
        const wasActive = this.state.status === 'active';
        this.forget();
        this.set({ status: 'anonymous', reason: wasActive ? 'expired' : 'new' });
        return false;
      }
    };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request('wmo-session-refresh', run) : run();
  }

  private accept(payload: AuthPayloadFieldsFragment): void {
    this.accessToken = payload.accessToken;
    this.expiresAt = Date.parse(payload.expiresAt);
    this.schedule();
    this.set({ status: 'active', user: payload.user });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const due = Math.max(5_000, this.expiresAt - Date.now() - REFRESH_MARGIN_MS);
    this.timer = setTimeout(() => void this.refresh(), due);
  }

  private forget(): void {
    this.accessToken = null;
    this.expiresAt = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
