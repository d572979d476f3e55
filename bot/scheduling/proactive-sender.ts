/** What the delivery worker needs to put a card into a member's personal chat, without any SDK type. */
import type { AdaptiveCard } from "../../cards";
import type { ConversationRef } from "../domain/member";

export interface SendTarget {
  /** Bot-specific user id (`29:…`), to create the 1:1 conversation when it is not known yet. */
  userId: string;
  /** An empty `conversationId` means: create the conversation first. */
  conversation: ConversationRef;
}

export interface SendReceipt {
  /** Teams' id of the sent message, to update the card later. */
  activityId?: string;
  /** Set when the 1:1 conversation had to be created: store it on the member. */
  createdConversationId?: string;
}

export interface ProactiveSender {
  /** Sends one card; throws what the connector answered (see send-errors.ts). */
  send(target: SendTarget, card: AdaptiveCard, summary: string): Promise<SendReceipt>;
}
