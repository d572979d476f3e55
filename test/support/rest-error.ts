/** The shape botbuilder's connector client throws (a RestError from @azure/core-rest-pipeline). */
export function restError(statusCode: number, code?: string, headers: Record<string, string> = {}) {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.assign(new Error(code ?? "request failed"), {
    name: "RestError",
    statusCode,
    code,
    response: { status: statusCode, headers: { get: (name: string) => lower.get(name.toLowerCase()) } },
  });
}
