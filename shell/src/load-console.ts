/** Starts loading the signed-in console; called again, it returns the same download. */
export const loadConsole = () => import('./console');
