import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '@careops/design-system';

interface BoundaryProps {
  fallback: (error: unknown, reset: () => void) => ReactNode;
  onError?: (error: unknown) => void;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[RemoteBoundary]', error, info.componentStack);
    this.props.onError?.(error);
  }
  reset = () => this.setState({ error: null });
  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

export interface RemoteBoundaryProps {
  children: ReactNode;
  /** Called on retry, before the boundary renders its children again. */
  onRetry?: () => void;
  onError?: (error: unknown) => void;
  title?: ReactNode;
  description?: ReactNode;
  /** More actions beside retry (e.g. a link to the status page). */
  extra?: ReactNode;
  /** Changing it (e.g. the route) clears a caught error. */
  resetKey?: string;
}

/**
 * Contains one remote (or any part of the page): a failure shows an error
 * state with retry, the rest of the console keeps working.
 */
export function RemoteBoundary({
  children,
  onRetry,
  onError,
  title,
  description,
  extra,
  resetKey,
}: RemoteBoundaryProps) {
  return (
    <Boundary
      key={resetKey}
      {...(onError ? { onError } : {})}
      fallback={(error, reset) => (
        <ErrorState
          error={error}
          title={title}
          description={description}
          extra={extra}
          onRetry={() => {
            onRetry?.();
            reset();
          }}
        />
      )}
    >
      <Suspense fallback={<LoadingState />}>{children}</Suspense>
    </Boundary>
  );
}
