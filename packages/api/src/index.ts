export { api, toSearchParams, type QueryParams, type QueryValue } from './client';
export { configureApi, apiConfig, onUnauthorized, type ApiConfig } from './config';
export { ApiError, isApiError, type ClientErrorCode } from './errors';
export { createQueryClient, shouldRetry } from './query-client';
export {
  prefetchList,
  useListParams,
  type ListParams,
  type ListParamsOptions,
  type ListParamsPatch,
} from './list-params';
