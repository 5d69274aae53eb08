/**
 * How much CPU time the test process spends on `work`, in milliseconds.
 *
 * The README's test command runs every package's tests at once on a two-core machine, so wall
 * time there includes waiting for a core: a speed budget measured that way fails for reasons that
 * are not the code's. CPU time counts the work itself (all of the process's threads, so the
 * garbage collector's too); on a quiet machine it reads about the same as wall time.
 */
export async function cpuTime<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1_000 };
}
