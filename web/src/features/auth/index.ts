export { AuthGate, useLogout } from './AuthGate';
export { LoginForm } from './LoginForm';
export type { AuthAnswer, LoginBody } from './types';
