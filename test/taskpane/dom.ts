/**
 * What the pane's component tests need of a browser that jsdom lacks (Chromium has all of it): imported first by
 * every *.test.tsx under test/taskpane, which run in jsdom (`@jest-environment jsdom`).
 */
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
// User Timing marks (the pane marks when a table arrived and the summary was painted, for `npm run bench`).
const p = performance as unknown as Record<string, unknown>;
p.mark ??= () => undefined;
// Rendering Fluent in jsdom and typing key by key takes seconds on a busy two-core machine.
jest.setTimeout(30_000);
