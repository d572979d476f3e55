/**
 * The demo organisation of the local runtime (Volkshochschule Musterstadt). The committed
 * `.m365agentsplayground.yml` is this data with Miriam as the current user; a test keeps
 * the two in step.
 */
export const DEMO_TENANT_ID = "6f1c2a7e-0d3b-4c55-9a1e-2b7d4e8f0a01";

interface DemoUser {
  id: string;
  name: string;
  givenName: string;
  surname: string;
  email: string;
  aadObjectId: string;
  role: "staff" | "manager" | "qualityOfficer";
}

export const DEMO_USERS = {
  anna: {
    id: "29:demo-anna-schneider",
    name: "Anna Schneider",
    givenName: "Anna",
    surname: "Schneider",
    email: "anna.schneider@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000001",
    role: "staff",
  },
  jonas: {
    id: "29:demo-jonas-weber",
    name: "Jonas Weber",
    givenName: "Jonas",
    surname: "Weber",
    email: "jonas.weber@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000002",
    role: "manager",
  },
  miriam: {
    id: "29:demo-miriam-koehler",
    name: "Miriam Köhler",
    givenName: "Miriam",
    surname: "Köhler",
    email: "miriam.koehler@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000003",
    role: "qualityOfficer",
  },
  lukas: {
    id: "29:demo-lukas-becker",
    name: "Lukas Becker",
    givenName: "Lukas",
    surname: "Becker",
    email: "lukas.becker@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000004",
    role: "staff",
  },
  fatma: {
    id: "29:demo-fatma-yilmaz",
    name: "Fatma Yılmaz",
    givenName: "Fatma",
    surname: "Yılmaz",
    email: "fatma.yilmaz@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000005",
    role: "staff",
  },
  sabine: {
    id: "29:demo-sabine-hoffmann",
    name: "Sabine Hoffmann",
    givenName: "Sabine",
    surname: "Hoffmann",
    email: "sabine.hoffmann@vhs-musterstadt.example",
    aadObjectId: "0f0c0a01-0000-4000-8000-000000000006",
    role: "staff",
  },
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;

/**
 * Each demo user's own personal chat: with one id for all, a prompt sent to Anna showed in the
 * chat of whoever had the Playground open.
 */
export function demoConversationId(key: DemoUserKey): string {
  return `personal-chat-${key}`;
}

function userYaml(user: DemoUser, indent: string, first: string): string {
  return [
    `${first}id: ${user.id}`,
    `name: ${user.name}`,
    `userPrincipleName: ${user.email}`,
    `aadObjectId: ${user.aadObjectId}`,
    `givenName: ${user.givenName}`,
    `surname: ${user.surname}`,
    `email: ${user.email}`,
  ]
    .map((line, index) => (index === 0 ? `${indent}${line}` : `${indent}${" ".repeat(first.length)}${line}`))
    .join("\n");
}

/** The Playground configuration with `current` as the signed-in user. */
export function playgroundConfigFor(current: DemoUserKey): string {
  const others = (Object.keys(DEMO_USERS) as DemoUserKey[]).filter((key) => key !== current);
  return `# Demo organisation for the Microsoft 365 Agents Playground (\`npm start\`).
# Volkshochschule Musterstadt: one tenant and its staff, with the three roles of lqw-reflect.
# \`npm start -- --as=anna|jonas|miriam\` (staff, manager, quality officer) chooses who you are;
# the default is Miriam. The Playground wants at least five further users.
# Generated from functions/local/demo-organisation.ts (a test keeps them in step).
version: "0.1.1"
tenantId: ${DEMO_TENANT_ID}
bot:
  id: 28:lqw-reflect-local
  name: lqw-reflect
currentUser:
${userYaml(DEMO_USERS[current], "  ", "")}
users:
${others.map((key) => userYaml(DEMO_USERS[key], "  ", "- ")).join("\n")}
personalChat:
  id: ${demoConversationId(current)}
groupChat:
  id: group-chat-demo
  name: Qualitätszirkel
team:
  id: team-demo
  name: VHS Musterstadt
  aadGroupId: 0f0c0a01-0000-4000-8000-000000000031
  channels:
    - id: channel-allgemein
      name: Allgemein
`;
}
