/**
 * A local OpenAI-compatible chat completions server on loopback, for the LLM drafter tests.
 * Serves the OpenAI path (POST /v1/chat/completions) and the Azure OpenAI path
 * (POST /openai/deployments/{deployment}/chat/completions?api-version=…). Each test scripts
 * the replies; every request is recorded so tests can check what left the process.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

type MockReply =
  /** Valid structured output: one sentence per statement, citing exactly its ids. */
  | { kind: "cited" }
  /** A sentence citing an id that was never sent. */
  | { kind: "unknownId" }
  /** A sentence with no ids. */
  | { kind: "uncited" }
  /** Content that is not JSON. */
  | { kind: "malformed" }
  /** Holds the reply back this long (longer than the client's timeout), then answers "cited". */
  | { kind: "delayed"; ms: number }
  /** A model playing tricks: the sentences it writes for the statements it was sent. */
  | { kind: "write"; sentences(statements: SentStatement[]): { text: string; answerIds: string[] }[] }
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "serverError"; status: number };

interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** The raw body as received: what the drafter sent out. */
  rawBody: string;
  body: ChatBody;
}

interface ChatBody {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
}

export interface SentStatement {
  ids: string[];
  text: string;
}

export interface MockOpenAiServer {
  /** http://127.0.0.1:port — the Azure endpoint. */
  url: string;
  /** The base URL for the OpenAI client. */
  openAiBaseUrl: string;
  requests: RecordedRequest[];
  /** Replies used in order, one per request; after that, `fallbackReply`. */
  script(...replies: MockReply[]): void;
  fallbackReply: MockReply;
  /** The statements sent in a request (from the task JSON in its first user message). */
  statementsOf(request: RecordedRequest): SentStatement[];
  clear(): void;
  stop(): Promise<void>;
}

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

export async function startMockOpenAiServer(): Promise<MockOpenAiServer> {
  const queue: MockReply[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const requests: RecordedRequest[] = [];
  let completions = 0;

  const mock: MockOpenAiServer = {
    url: "",
    openAiBaseUrl: "",
    requests,
    fallbackReply: { kind: "cited" },
    script: (...replies) => void queue.push(...replies),
    statementsOf,
    clear() {
      queue.length = 0;
      requests.length = 0;
      mock.fallbackReply = { kind: "cited" };
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const isOpenAi = req.method === "POST" && url.pathname === "/v1/chat/completions";
      const isAzure = req.method === "POST" && AZURE_PATH.test(url.pathname) && url.searchParams.has("api-version");
      if (!isOpenAi && !isAzure)
        return sendJson(res, 404, { error: { message: `no route for ${req.method} ${url.pathname}` } });
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const request: RecordedRequest = {
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        rawBody,
        body: JSON.parse(rawBody) as ChatBody,
      };
      requests.push(request);
      reply(res, request, queue.shift() ?? mock.fallbackReply);
    });
  });

  function reply(res: http.ServerResponse, request: RecordedRequest, scripted: MockReply): void {
    switch (scripted.kind) {
      case "rateLimited":
        res.setHeader("retry-after", String(scripted.retryAfterSeconds));
        return sendJson(res, 429, {
          error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" },
        });
      case "serverError":
        return sendJson(res, scripted.status, { error: { message: "The server had an error", type: "server_error" } });
      case "delayed": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) sendCompletion(res, request, JSON.stringify(cited(statementsOf(request))));
        }, scripted.ms);
        timers.add(timer);
        return;
      }
      case "write":
        return sendCompletion(
          res,
          request,
          JSON.stringify({ paragraphs: [{ sentences: scripted.sentences(statementsOf(request)) }] }),
        );
      case "malformed":
        return sendCompletion(res, request, '{"paragraphs": [{"sentences": [{"text": "Wir');
      default:
        return sendCompletion(res, request, JSON.stringify(output(scripted.kind, statementsOf(request))));
    }
  }

  function sendCompletion(res: http.ServerResponse, request: RecordedRequest, content: string): void {
    completions += 1;
    sendJson(res, 200, {
      id: `chatcmpl-mock-${completions}`,
      object: "chat.completion",
      created: 1_700_000_000,
      model: request.body.model ?? "deployment",
      choices: [
        { index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" },
      ],
      usage: {
        prompt_tokens: Math.ceil(request.rawBody.length / 4),
        completion_tokens: Math.ceil(content.length / 4),
        total_tokens: 0,
      },
    });
  }

  // Never close an idle connection the client may be reusing at that moment ("socket hang up").
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  mock.url = `http://127.0.0.1:${port}`;
  mock.openAiBaseUrl = `${mock.url}/v1`;
  return mock;
}

function statementsOf(request: RecordedRequest): SentStatement[] {
  const task = request.body.messages?.find((message) => message.role === "user");
  if (!task) return [];
  const parsed = JSON.parse(task.content) as { statements?: SentStatement[] };
  return parsed.statements ?? [];
}

function cited(statements: SentStatement[]) {
  return {
    paragraphs: [{ sentences: statements.map((s) => ({ text: `Wir halten fest: ${s.text}`, answerIds: s.ids })) }],
  };
}

function output(kind: "cited" | "unknownId" | "uncited", statements: SentStatement[]) {
  const valid = cited(statements);
  if (kind === "cited") return valid;
  const extra =
    kind === "unknownId"
      ? { text: "Außerdem haben wir vieles erreicht.", answerIds: ["A999"] }
      : { text: "Das ist uns wichtig.", answerIds: [] };
  return { paragraphs: [{ sentences: [...(valid.paragraphs[0]?.sentences ?? []), extra] }] };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
