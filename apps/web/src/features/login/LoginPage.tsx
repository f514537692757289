import { SignInForm, useMe } from '../../shared/auth';
import { useT } from '../../shared/i18n';
import { navigate, useSearchParams } from '../../shared/router';
import { Page, Panel, StatusMessage } from '../../shared/ui';

/** Sign in, then go back where the user came from (`next`, same-origin paths only). */
export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { me } = useMe();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <Page title={t('auth.title')} lead={t('auth.lead')} variant="narrow">
      {me ? (
        <StatusMessage kind="empty" title={t('auth.signedInAs', { name: me.username, role: t(`auth.role.${me.role}`) })} />
      ) : (
        <Panel title={t('auth.signIn')}>
          <SignInForm onSignedIn={() => navigate(target)} />
        </Panel>
      )}
    </Page>
  );
}
