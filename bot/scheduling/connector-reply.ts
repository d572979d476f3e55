/**
 * The connector's "reply to activity" request for an activity the Teams sender built, with the
 * activity's JSON as the body. The connector client's own operation (`conversations.replyToActivity`)
 * sends the same request, but first copies the activity through the SDK's Activity mapper, which
 * checks each of the Activity model's 42 properties (with regular expressions) for the nine a card
 * sets, on every send of a fan-out.
 * The operation is otherwise the client's own (path, header, responses and error bodies, so a
 * failed send throws the same RestError), and it runs through the client's pipeline.
 *
 * The activity holds only properties of the Activity model, in the model's order, and no dates:
 * the mapper's copy of it is then the same JSON, and Teams receives the same bytes.
 */
import { createSerializer, type OperationSpec } from "@azure/core-client";
import type { Activity } from "botbuilder";
import { ConversationConstants, type ConnectorClient } from "botframework-connector";
import * as Mappers from "botframework-connector/lib/connectorApi/models/mappers";

/** The connector client's replyToActivity operation, with the body sent as it is ("any"). */
const REPLY_TO_ACTIVITY: OperationSpec = {
  httpMethod: "POST",
  path: "v3/conversations/{conversationId}/activities/{activityId}",
  urlParameters: [
    {
      parameterPath: "conversationId",
      mapper: { required: true, serializedName: "conversationId", type: { name: "String" } },
    },
    {
      parameterPath: "activityId",
      mapper: { required: true, serializedName: "activityId", type: { name: "String" } },
    },
  ],
  headerParameters: [
    {
      parameterPath: "conversationId",
      mapper: { serializedName: ConversationConstants.ConversationIdHttpHeaderName, type: { name: "String" } },
    },
  ],
  requestBody: {
    parameterPath: "activity",
    mapper: { required: true, serializedName: "activity", type: { name: "any" } },
  },
  responses: {
    200: { bodyMapper: Mappers.ResourceResponse },
    201: { bodyMapper: Mappers.ResourceResponse },
    202: { bodyMapper: Mappers.ResourceResponse },
    default: { bodyMapper: Mappers.ErrorResponse },
  },
  serializer: createSerializer(Mappers, false),
};

/** Posts `activity` as a reply to `replyToId` in the conversation; the id Teams gave it. */
export async function replyToActivity(
  client: ConnectorClient,
  conversationId: string,
  activity: Partial<Activity> & { replyToId: string },
): Promise<string | undefined> {
  const response = await client.sendOperationRequest(
    { conversationId, activityId: activity.replyToId, activity },
    REPLY_TO_ACTIVITY,
  );
  const id: unknown = response.id;
  return typeof id === "string" ? id : undefined;
}
