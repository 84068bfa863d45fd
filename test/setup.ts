/** Globals Excel provides at run time, as small stand-ins for unit tests. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

(globalThis as any).CustomFunctions = {
  Error: StubError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate: () => undefined,
};
