import { z } from 'zod';

/** Switches that make the mock API slow or unreliable, for tests and demos. */
export const scenarioSchema = z.object({
  latencyMs: z.number().int().min(0).max(30_000).default(0),
  failureRate: z.number().min(0).max(1).default(0),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const DEFAULT_SCENARIO: Scenario = { latencyMs: 0, failureRate: 0 };

export interface ScenarioStore {
  get(): Scenario;
  set(next: Scenario): void;
}

export function memoryScenario(initial: Scenario = DEFAULT_SCENARIO): ScenarioStore {
  let current = initial;
  return { get: () => current, set: (next) => void (current = next) };
}
