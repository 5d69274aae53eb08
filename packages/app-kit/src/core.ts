/**
 * @careops/app-kit/core — what an app needs up to its sign-in screen, shared on its
 * own so that screen loads only the core of the design system. The full app-kit
 * re-exports it; only code on the sign-in path imports from here.
 */
export { AppProviders } from './providers';
export { bootApp } from './boot';
export { resolveRuntimeConfig, type ApiMode, type RuntimeConfig } from './runtime-config';
export type { RemoteModule, RemotePrefetchContext } from './remote-module';
export { LoginForm, type LoginFormProps } from './login-form';
export { PreferenceSwitches } from './preference-switches';
