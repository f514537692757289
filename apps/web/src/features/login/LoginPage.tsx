import { SignInForm, useMe } from '../../shared/auth';
import { useT } from '../../shared/i18n';
import { navigate, useSearchParams } from '../../shared/router';
import { Panel, StatusMessage } from '../../shared/ui';

/** Sign in, then go back where the user came from (`next`, same-origin paths only). */
export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { me } = useMe();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <div className="page page--narrow">
      <div className="page__intro">
        <h1 className="page__title">{t('auth.title')}</h1>
        <p className="page__lead">{t('auth.lead')}</p>
      </div>
      {me ? (
        <StatusMessage kind="empty" title={t('auth.signedInAs', { name: me.username, role: t(`auth.role.${me.role}`) })} />
      ) : (
        <Panel title={t('auth.signIn')}>
          <SignInForm onSignedIn={() => navigate(target)} />
        </Panel>
      )}
    </div>
  );
}
