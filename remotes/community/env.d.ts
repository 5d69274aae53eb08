/// <reference types="@rsbuild/core/types" />

interface ImportMetaEnv {
  readonly PUBLIC_API_MODE?: string;
  readonly PUBLIC_API_BASE?: string;
}
