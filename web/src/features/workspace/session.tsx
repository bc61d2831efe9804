import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { SessionUser } from '../../../../src/contracts/auth';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { api, toApiError, type ApiError } from '../../lib/api';
import { SecondFactorPage } from '../second-factor/second-factor-page';

/** Where the login page sends a back-office user who owes the TOTP code (F7 item 3). */
export const SECOND_FACTOR_PATH = '/workspace/second-factor';

interface Session {
  user: SessionUser;
  /** Reads the session again, e.g. after a password change clears mustChangePassword. */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

type State = { status: 'loading' } | { status: 'ready'; user: SessionUser } | { status: 'failed'; error: ApiError };

/** Renders its children only for a signed-in person; anyone else is sent to the login page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const { pathname } = useLocation();

  const refresh = useCallback(async () => {
    try {
      const { user } = await api.get<{ user: SessionUser }>('/api/auth/me');
      setState({ status: 'ready', user });
    } catch (error) {
      setState({ status: 'failed', error: toApiError(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'failed') {
    if (state.error.status === 401) return <Navigate to="/login" replace />;
    return (
      <ErrorResult
        error={state.error}
        onRetry={() => {
          setState({ status: 'loading' });
          void refresh();
        }}
      />
    );
  }
  // F7 item 3: until the code is proved no workspace page (nor the layout, whose calls the server would refuse) is
  // drawn, whatever the address; the second-factor page stands in for them all.
  if (state.user.secondFactor !== 'done') return <SecondFactorPage user={state.user} onDone={refresh} />;
  if (pathname.replace(/\/+$/, '') === SECOND_FACTOR_PATH) return <Navigate to="/workspace" replace />;
  return <SessionContext.Provider value={{ user: state.user, refresh }}>{children}</SessionContext.Provider>;
}
