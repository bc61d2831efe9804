import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { SessionUser } from '../../../../src/contracts/auth';
import { ErrorResult } from '../../components/error-result';
import { PageLoading } from '../../components/page-loading';
import { api, toApiError, type ApiError } from '../../lib/api';

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
  return <SessionContext.Provider value={{ user: state.user, refresh }}>{children}</SessionContext.Provider>;
}
