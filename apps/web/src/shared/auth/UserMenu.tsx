import { useT } from '../i18n';
import { Link, buildHref, useLocation } from '../router';
import { useMe, useSession } from './useMe';

/** The signed-in account and a sign-out button, or a link to sign in. */
export function UserMenu() {
  const t = useT();
  const location = useLocation();
  const { me } = useMe();
  const { signOut } = useSession();
  if (!me) {
    if (location.pathname === '/login') return null;
    return (
      <Link className="button button--ghost" href={buildHref('/login', { next: `${location.pathname}${location.search}` }, location.search)} data-testid="sign-in-link">
        {t('auth.signIn')}
      </Link>
    );
  }
  return (
    <span className="user-menu" data-testid="user-menu">
      <span className="user-menu__name">
        {me.username} · {t(`auth.role.${me.role}`)}
      </span>
      <button type="button" className="button button--ghost button--small" onClick={() => void signOut().catch(() => undefined)}>
        {t('auth.signOut')}
      </button>
    </span>
  );
}
