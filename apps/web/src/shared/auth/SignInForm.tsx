import { useId, useState } from 'react';
import { useT } from '../i18n';
import { useSession, type CurrentUser } from './useMe';

/** User name and password; the API sets the session cookie. */
export function SignInForm({ onSignedIn }: { readonly onSignedIn?: (user: CurrentUser) => void }) {
  const t = useT();
  const id = useId();
  const { signIn, signingIn, error } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      className="sign-in"
      data-testid="sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        void signIn(username.trim(), password)
          .then((user) => user && onSignedIn?.(user))
          .catch(() => undefined);
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-user`}>
          {t('auth.username')}
        </label>
        <input id={`${id}-user`} className="input" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-password`}>
          {t('auth.password')}
        </label>
        <input id={`${id}-password`} className="input" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {t('auth.failed', { message: error.message })}
        </p>
      )}
      <button type="submit" className="button" disabled={signingIn || !username || !password}>
        {signingIn ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  );
}
