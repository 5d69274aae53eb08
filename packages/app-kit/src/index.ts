export { AppProviders } from './providers';
export { bootApp } from './boot';
export { resolveRuntimeConfig, type ApiMode, type RuntimeConfig } from './runtime-config';
export { RemoteBoundary, type RemoteBoundaryProps } from './remote-boundary';
export type { RemoteModule } from './remote-module';
export { LoginForm, type LoginFormProps } from './login-form';
export { PreferenceSwitches, UserMenu } from './user-menu';
export { SessionNote } from './session-note';
export { RecordView, type RecordViewProps } from './record-view';
