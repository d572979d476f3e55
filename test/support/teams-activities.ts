/**
 * Real-shaped Teams activities, as Teams sends them to a bot in personal scope: tenant in
 * channelData, aadObjectId on `from`, conversationType, clientInfo entity, local time zone.
 */
export const TENANT_ID = "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01";
export const BOT_ID = "28:lqw-reflect-test";

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  locale?: string;
  tenantId?: string;
}

export const ANNA: TestUser = { id: "29:1anna-schneider", aadObjectId: "aad-anna-0001", name: "Anna Schneider" };
export const JONAS: TestUser = { id: "29:1jonas-weber", aadObjectId: "aad-jonas-0002", name: "Jonas Weber" };
export const MIRIAM: TestUser = { id: "29:1miriam-koehler", aadObjectId: "aad-miriam-0003", name: "Miriam Köhler" };
export const EMMA: TestUser = {
  id: "29:1emma-taylor",
  aadObjectId: "aad-emma-0004",
  name: "Emma Taylor",
  locale: "en-GB",
};

let sequence = 0;

function base(user: TestUser, serviceUrl: string, conversationType = "personal") {
  const tenantId = user.tenantId ?? TENANT_ID;
  const locale = user.locale ?? "de-DE";
  return {
    id: `f:${++sequence}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    localTimezone: "Europe/Berlin",
    locale,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT_ID, name: "lqw-reflect" },
    conversation: { id: `a:personal-${user.aadObjectId}`, conversationType, tenantId },
    channelData: { tenant: { id: tenantId }, source: { name: "message" } },
    entities: [{ type: "clientInfo", locale, country: "DE", platform: "Web", timezone: "Europe/Berlin" }],
  };
}

export function message(user: TestUser, serviceUrl: string, text: string, conversationType = "personal") {
  return { ...base(user, serviceUrl, conversationType), type: "message", text, textFormat: "plain" };
}

/** A file sent in the personal chat, as Teams delivers it to a bot whose manifest has `supportsFiles`. */
export function fileMessage(
  user: TestUser,
  serviceUrl: string,
  file: { name: string; downloadUrl?: string; fileType?: string },
) {
  return {
    ...base(user, serviceUrl),
    type: "message",
    textFormat: "plain",
    attachments: [
      {
        contentType: "application/vnd.microsoft.teams.file.download.info",
        contentUrl: `https://contoso-my.sharepoint.com/personal/${user.aadObjectId}/Documents/Microsoft Teams Chat Files/${file.name}`,
        name: file.name,
        content: {
          ...(file.downloadUrl ? { downloadUrl: file.downloadUrl } : {}),
          uniqueId: "1150d938-8870-4044-9f2c-5bbdeba70c9d",
          fileType: file.fileType ?? file.name.split(".").pop(),
        },
      },
    ],
  };
}

/** What an `Action.Submit` button sends: a message with `value` and no text. */
export function submitAction(user: TestUser, serviceUrl: string, data: Record<string, unknown>) {
  return { ...base(user, serviceUrl), type: "message", value: data, replyToId: "1:card-activity" };
}

/** What an `Action.Execute` button sends: an `adaptiveCard/action` invoke. */
export function executeAction(user: TestUser, serviceUrl: string, verb: string, data: Record<string, unknown> = {}) {
  return {
    ...base(user, serviceUrl),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: "1:card-activity",
    value: { action: { type: "Action.Execute", verb, data: { ...data, verb } }, trigger: "manual" },
  };
}

export function installationAdd(user: TestUser, serviceUrl: string) {
  return { ...base(user, serviceUrl), type: "installationUpdate", action: "add" };
}

export function installationRemove(user: TestUser, serviceUrl: string) {
  return { ...base(user, serviceUrl), type: "installationUpdate", action: "remove" };
}

export function botAddedToPersonalChat(user: TestUser, serviceUrl: string) {
  return { ...base(user, serviceUrl), type: "conversationUpdate", membersAdded: [{ id: BOT_ID }] };
}
