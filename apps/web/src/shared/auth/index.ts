export { SignInForm } from './SignInForm';
export { UserMenu } from './UserMenu';
export { useMe, useSession, type CurrentUser } from './useMe';
