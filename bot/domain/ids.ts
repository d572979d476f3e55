/**
 * Ids derived from what makes a thing unique, so that retries and duplicate deliveries
 * converge on one document. Readable rather than hashed: they are short enough for Cosmos
 * (255 characters) and make the data easy to inspect.
 */
const FORBIDDEN_IN_COSMOS_IDS = /[/\\?#]/g;

function part(value: string): string {
  return value.replace(FORBIDDEN_IN_COSMOS_IDS, "_");
}

/** One scheduled prompt per member and schedule period of a cycle. */
export function scheduledDeliveryId(cycleStart: string, periodKey: string, memberId: string): string {
  return `delivery:${part(cycleStart)}:${part(periodKey)}:${part(memberId)}`;
}

/**
 * A prompt the member asked for ("frage", "Andere Frage"), or a follow-up. `instanceKey` is a
 * short digest of what makes it unique (never an earlier id itself), so ids stay short
 * however long a chain of "Andere Frage" grows.
 */
export function onDemandDeliveryId(memberId: string, instanceKey: string): string {
  return `delivery:ondemand:${part(memberId)}:${part(instanceKey)}`;
}

/** One answer per prompt instance and member: a double click or a retried submit stores it once. */
export function answerId(promptInstanceId: string, memberId: string): string {
  return `answer:${part(promptInstanceId)}:${part(memberId)}`;
}
