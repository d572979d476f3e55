/**
 * All message catalogues, one module per feature area (`messages/*.ts`). A new area adds its
 * module here; a new text goes into its area's module, German and English side by side.
 */
import type { MessageDefinition, PluralForms } from "./message-definition";
import { answerMessages } from "./messages/answer";
import { commonMessages } from "./messages/common";
import { deliveryMessages } from "./messages/delivery";
import { downloadMessages } from "./messages/download";
import { exportMessages } from "./messages/export";
import { helpMessages } from "./messages/help";
import { localRunMessages } from "./messages/local-run";
import { myAnswersMessages } from "./messages/my-answers";
import { myDataMessages } from "./messages/my-data";
import { overviewMessages } from "./messages/overview";
import { preferencesMessages } from "./messages/preferences";
import { previousReportFileMessages } from "./messages/previous-report-file";
import { progressMessages } from "./messages/progress";
import { promptMessages } from "./messages/prompt";
import { reportBasisMessages } from "./messages/report-basis";
import { rolesMessages } from "./messages/roles";
import { setupMessages } from "./messages/setup";
import { typedAnswerMessages } from "./messages/typed-answer";
import { welcomeMessages } from "./messages/welcome";

/** Every area's catalogue, by area; a test checks that no key is defined in two areas. */
export const MESSAGE_AREAS = {
  answer: answerMessages,
  common: commonMessages,
  delivery: deliveryMessages,
  download: downloadMessages,
  export: exportMessages,
  help: helpMessages,
  localRun: localRunMessages,
  myAnswers: myAnswersMessages,
  myData: myDataMessages,
  overview: overviewMessages,
  preferences: preferencesMessages,
  previousReportFile: previousReportFileMessages,
  progress: progressMessages,
  prompt: promptMessages,
  reportBasis: reportBasisMessages,
  roles: rolesMessages,
  setup: setupMessages,
  typedAnswer: typedAnswerMessages,
  welcome: welcomeMessages,
};

type Areas = typeof MESSAGE_AREAS;
type KeysOf<Predicate> = {
  [Area in keyof Areas]: {
    [Key in keyof Areas[Area]]: Areas[Area][Key] extends Predicate ? Key : never;
  }[keyof Areas[Area]];
}[keyof Areas];

export type MessageKey = KeysOf<MessageDefinition>;
/** Keys whose text depends on a number: they need `{ count }`. */
export type PluralMessageKey = KeysOf<{ de: PluralForms }>;

export const MESSAGES: Readonly<Record<MessageKey, MessageDefinition>> = Object.assign(
  {},
  ...(Object.values(MESSAGE_AREAS) as Record<MessageKey, MessageDefinition>[]),
) as Record<MessageKey, MessageDefinition>;
