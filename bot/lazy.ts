/**
 * Parts of the app loaded on first use rather than at start, so the first request after a cold
 * start pays only for what it needs (issue 18 item 7): `const drafts = lazy(() => import("./drafts"))`,
 * then `(await drafts()).renderDocx(…)`. The one way to defer a module or a client in this code.
 */
export type Lazy<T> = () => Promise<T>;

/** Builds the value on the first call and shares it; a failed build is tried again by the next call. */
export function lazy<T>(build: () => Promise<T>): Lazy<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= build().catch((error: unknown) => {
      value = undefined;
      throw error;
    }));
}
