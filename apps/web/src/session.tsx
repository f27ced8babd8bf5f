import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import i18next from 'i18next';
import { request, resetSubscriptions } from './api';
import { isLanguage } from './i18n';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      role
      language
      mailLanguage
      organization {
        id
        name
        kind
        country
      }
    }
  }
`);

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      viewer {
        id
      }
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Session {
  viewer: Viewer | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after a change of name, role or organisation). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session>({
  viewer: null,
  loading: true,
  signIn: async () => {},
  signOut: async () => {},
  refresh: async () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    try {
      setViewer((await request(ViewerDocument)).viewer ?? null);
    } catch {
      setViewer(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const signIn = useCallback(
    async (email: string, password: string) => {
      // the site's language: the account's mails are in it until it chooses one (settings)
      await request(SignInDocument, { input: { email, password, language: isLanguage(i18next.language) ? i18next.language : null } });
      resetSubscriptions();
      await reload();
    },
    [reload],
  );
  const signOut = useCallback(async () => {
    await request(SignOutDocument, {});
    resetSubscriptions();
    setViewer(null);
  }, []);
  const value = useMemo(() => ({ viewer, loading, signIn, signOut, refresh: reload }), [viewer, loading, signIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): Session => useContext(SessionContext);
export const isSupportUnit = (viewer: Viewer | null): boolean => viewer?.organization.kind === 'SUPPORT_UNIT';
export const isState = (viewer: Viewer | null): boolean => viewer?.organization.kind === 'STATE';
