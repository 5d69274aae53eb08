/**
 * @careops/router — the console's only door to react-router, shared as one singleton.
 *
 * A shared module is kept whole by Module Federation: react-router shared as a
 * package is 59 KB gzip (data routers, server rendering, cookies and sessions
 * included), while this list, shaken when the package is built, is 14 KB. Add an
 * export here when the console needs it.
 */
export {
  BrowserRouter,
  Link,
  MemoryRouter,
  Navigate,
  NavigationType,
  NavLink,
  Outlet,
  Route,
  Routes,
  // The shell's kept remotes: each under a router of its own on the console's history.
  Router,
  UNSAFE_NavigationContext,
  useLocation,
  useNavigationType,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
