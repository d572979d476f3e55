/** English user-facing text, used when the Teams client's locale is English. */
import type { MessageKey } from "./messages-de";

export const en: Record<MessageKey, string> = {
  "app.name": "lqw-reflect",

  "welcome.title": "Welcome to lqw-reflect",
  "welcome.greeting": "Hello {name}!",
  "welcome.intro":
    "I help your team reflect on your quality work continuously and in small steps: about once a week a short question on one quality area, answered in a minute. Over time the answers become the draft of your self-report.",
  "welcome.privacy.title": "Who sees what?",
  "welcome.privacy.own": "You can always see your own answers, and edit, export and delete them.",
  "welcome.privacy.officers":
    "Quality officers read answers when they compile the self-report draft, without your name unless you agree.",
  "welcome.privacy.managers": "Managers see group figures for groups of {threshold} or more only: never single answers, never names.",
  "welcome.role.title": "What you can do",
  "welcome.role.staff": "Answer questions when they arrive, or type “prompt” at any time.",
  "welcome.role.manager": "“progress” shows how far your organisation has come in each quality area.",
  "welcome.role.qualityOfficer": "“setup” configures your organisation, “export” compiles self-report drafts.",
  "welcome.action.help": "Help",

  "help.title": "Help",
  "help.intro": "Type one of these commands (case does not matter):",
  "help.staff.title": "For everyone",
  "help.manager.title": "For managers",
  "help.qualityOfficer.title": "For quality officers",
  "help.command.help": "help – this overview",
  "help.command.prompt": "prompt – a new reflection question",
  "help.command.myAnswers": "my answers – view, edit and delete your answers",
  "help.command.pause": "pause until 2026-12-31 / resume – pause questions",
  "help.command.vacation": "vacation until 2026-08-15 – no questions while you are away",
  "help.command.language": "language de / language en – switch language",
  "help.command.settings": "settings – group and preferred time",
  "help.command.myData": "my data – download all your data as a file",
  "help.command.deleteAll": "delete my data – delete all your answers",
  "help.command.progress": "progress – reflection status per quality area (group figures only)",
  "help.command.setup": "setup – quality model, dates, schedule, groups",
  "help.command.roles": "roles – assign and remove roles",
  "help.command.overview": "overview – configuration and members at a glance",
  "help.command.export": "export – self-report drafts as Word or Markdown",
  "help.privacy": "Privacy: managers only see group figures, never your answers or your name.",

  "hint.unknown": "Sorry, I did not understand that. Type “help” to see what I can do.",

  "error.generic": "Sorry, something went wrong. Please try again in a moment. (Error ID: {correlationId})",
  "error.storeUnavailable": "The store cannot be reached right now. Please try again in a moment. (Error ID: {correlationId})",
  "error.notAllowed": "Only {role} can do this. (Error ID: {correlationId})",
  "error.invalidInput": "I could not process this input. Please check it. (Error ID: {correlationId})",
  "error.conflict": "This was changed elsewhere in the meantime. Please reload it and try again. (Error ID: {correlationId})",
  "error.notFound": "This no longer exists; it may have been deleted. (Error ID: {correlationId})",
  "error.tenantNotAllowed": "lqw-reflect is not enabled for your organisation. Please contact your IT department.",
  "error.unsupportedScope": "lqw-reflect works in your personal chat. Please write to me there.",

  "role.manager": "managers",
  "role.qualityOfficer": "quality officers",
  "role.managerOrQualityOfficer": "managers and quality officers",
};
