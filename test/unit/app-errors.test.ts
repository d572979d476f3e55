import { AppError, isAppError } from "../../bot/errors";

/** A second copy of bot/errors, as the local host's own modules hold one beside the app's bundle. */
function otherCopy(): typeof import("../../bot/errors") {
  let copy: typeof import("../../bot/errors") | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual<typeof import("../../bot/errors")>("../../bot/errors");
  });
  if (!copy) throw new Error("no copy");
  return copy;
}

describe("isAppError", () => {
  it("recognises an AppError thrown by the bundle's copy of the module, by its code", () => {
    const other = otherCopy();
    const conflict = new other.AppError("CONFLICT", "demo organisation exists");
    expect(conflict instanceof AppError).toBe(false);
    expect(isAppError(conflict)).toBe(true);
    expect(isAppError(conflict, "CONFLICT")).toBe(true);
    expect(isAppError(conflict, "NOT_FOUND")).toBe(false);
  });

  it("does not take other errors for one", () => {
    expect(isAppError(new Error("CONFLICT: plain"), "CONFLICT")).toBe(false);
    expect(isAppError({ name: "AppError", code: "CONFLICT" }, "CONFLICT")).toBe(false);
    expect(isAppError(new AppError("CONFLICT", "same copy"), "CONFLICT")).toBe(true);
  });
});
