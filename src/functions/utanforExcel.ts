/* Outside Excel (a browser, a test page) there is no CustomFunctions global; the generated associate calls need one. */
const g = globalThis as { CustomFunctions?: unknown };
if (g.CustomFunctions === undefined) g.CustomFunctions = { associate: () => undefined };
export {};
