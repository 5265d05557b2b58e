import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { answerAdmin } from "./admin.js";
import { createLocalAwsContext } from "./context.js";
import { createEc2Service, type Ec2Sim } from "./ec2/index.js";
import { Ec2Store } from "./ec2/store.js";
import { readBody } from "./http/body.js";
import { CallLedger } from "./http/call-ledger.js";
import { ec2Success, type Protocol, ssmSuccess, type WireAnswer, wireError } from "./http/protocols.js";
import { parseQuery } from "./http/query.js";
import { createSsmService, type SsmSim } from "./ssm/index.js";
import { Throttle } from "./throttle/limiter.js";
import { AwsError, type LocalAwsContext, type ServiceModule } from "./types.js";

export interface AwsServerOptions {
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  region?: string;
}

export interface AwsServerHandle {
  url: string;
  context: LocalAwsContext;
  ec2: ServiceModule & Ec2Sim;
  ssm: ServiceModule & SsmSim;
  /** Calls received per operation, throttled and failed ones included. */
  counts(): Record<string, number>;
  /** Of those, the calls the throttle refused, per operation. */
  throttled(): Record<string, number>;
  /** Latency, injected failures, throttling and server times, as the admin interface sets and reads them. */
  ledger: CallLedger;
  throttle: Throttle;
  close(): Promise<void>;
}

interface ParsedCall {
  protocol: Protocol;
  operation: string;
  input: Record<string, unknown>;
}

const ssmTargetPrefix = "AmazonSSM.";
const jsonObjectSchema = z.record(z.string(), z.unknown());

/** Starts the local AWS endpoint: EC2 (Query protocol) and SSM (JSON 1.1) on one loopback port, admin under /_localcloud/. */
export async function startAwsServer(options: AwsServerOptions = {}): Promise<AwsServerHandle> {
  const region = options.region ?? "ap-northeast-1";
  const nowMs = () => Date.now();
  const store = new Ec2Store(region, nowMs);
  const { context, setParameterResolver } = createLocalAwsContext(region, store, () => new Date(nowMs()));
  const ec2 = createEc2Service(context, store);
  const ssm = createSsmService(context);
  setParameterResolver((selector) => ssm.resolveParameter(selector));
  const ledger = new CallLedger();
  const throttle = new Throttle(nowMs);
  const services: Record<Protocol, ServiceModule> = { ec2, ssm };
  const resetAll = () => {
    ledger.reset();
    throttle.reset();
    ec2.reset();
    ssm.reset();
  };

  async function answerCall(call: ParsedCall, authorized: boolean): Promise<WireAnswer> {
    ledger.count(call.operation);
    const latency = ledger.latencyMs(call.operation);
    if (latency > 0) await sleep(latency);
    const started = performance.now();
    let answer: WireAnswer;
    try {
      if (!authorized) throw missingCredentials(call.protocol);
      ledger.failIfAsked(call.operation);
      admit(call);
      const output = await services[call.protocol].handle(call.operation, call.input);
      if (ledger.losesAnswer(call.operation)) throw lostAnswer(call.protocol);
      answer = call.protocol === "ec2" ? ec2Success(String(output)) : ssmSuccess(output);
    } catch (error) {
      answer = errorAnswer(call.protocol, error);
    }
    ledger.time(call.operation, performance.now() - started);
    return answer;
  }

  /** Lets the call through the throttle, or counts it as throttled and answers AWS's throttling error. */
  function admit(call: ParsedCall): void {
    try {
      if (call.protocol === "ec2") throttle.admitEc2(call.operation, call.input);
      else throttle.admitSsm();
    } catch (error) {
      ledger.countThrottled(call.operation);
      throw error;
    }
  }

  async function onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const body = await readBody(request);
    if (url.pathname === "/_localcloud" || url.pathname.startsWith("/_localcloud/")) {
      const segments = url.pathname.slice("/_localcloud".length).split("/").filter(Boolean).map(decodeURIComponent);
      const admin = await adminBody(body).then(
        (parsed) =>
          answerAdmin(
            { ledger, throttle, services: [ec2, ssm], resetAll },
            { method: request.method ?? "GET", segments, body: parsed },
          ),
        () => ({ status: 400, body: { error: "The admin interface takes a JSON body." } }),
      );
      send(response, {
        status: admin.status,
        contentType: "application/json",
        body: JSON.stringify(admin.body),
        requestId: "",
      });
      return;
    }
    const call = parseCall(request, url, body);
    const authorized = typeof request.headers.authorization === "string" || url.searchParams.has("X-Amz-Credential");
    send(response, await answerCall(call, authorized));
  }

  const server = createServer((request, response) => {
    onRequest(request, response).catch((error: unknown) => {
      const protocol: Protocol = request.headers["x-amz-target"] === undefined ? "ec2" : "ssm";
      if (!response.headersSent) send(response, errorAnswer(protocol, error));
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The AWS endpoint has no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    context,
    ec2,
    ssm,
    counts: () => ledger.counts(),
    throttled: () => ledger.throttledCounts(),
    ledger,
    throttle,
    async close() {
      server.closeAllConnections();
      server.close();
      await Promise.all([once(server, "close"), ssm.close()]);
    },
  };
}

/** SSM calls name their operation in X-Amz-Target; EC2 calls carry Action in a form body (or the query string). */
function parseCall(request: IncomingMessage, url: URL, body: string): ParsedCall {
  const target = request.headers["x-amz-target"];
  if (typeof target === "string") {
    if (!target.startsWith(ssmTargetPrefix)) {
      throw new AwsError("UnknownOperationException", `Unknown service target ${target}`);
    }
    const parsed = jsonObjectSchema.safeParse(body.length === 0 ? {} : JSON.parse(body));
    if (!parsed.success) throw new AwsError("SerializationException", "The request body must be a JSON object.");
    return { protocol: "ssm", operation: target.slice(ssmTargetPrefix.length), input: parsed.data };
  }
  const params = new URLSearchParams(body);
  for (const [key, value] of url.searchParams) params.append(key, value);
  const action = params.get("Action");
  if (action === null) throw new AwsError("MissingAction", "The request must contain the parameter Action.");
  return { protocol: "ec2", operation: action, input: parseQuery(params) };
}

async function adminBody(body: string): Promise<unknown> {
  return body.trim().length === 0 ? undefined : JSON.parse(body);
}

function missingCredentials(protocol: Protocol): AwsError {
  return protocol === "ec2"
    ? new AwsError("AuthFailure", "AWS was not able to validate the provided access credentials", 401)
    : new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token", 400);
}

/** The effect happened but the answer did not arrive: what a client sees is AWS's own internal error. */
function lostAnswer(protocol: Protocol): AwsError {
  return new AwsError(
    internalErrorCode(protocol),
    "An internal error has occurred (the local cloud performed the call and lost its answer)",
    500,
  );
}

function errorAnswer(protocol: Protocol, error: unknown): WireAnswer {
  if (error instanceof AwsError) return wireError(protocol, error.code, error.message, error.status);
  if (error instanceof SyntaxError) return wireError(protocol, "SerializationException", error.message, 400);
  console.error("local AWS endpoint: unexpected error", error);
  return wireError(protocol, internalErrorCode(protocol), "An internal error has occurred", 500);
}

function internalErrorCode(protocol: Protocol): string {
  return protocol === "ec2" ? "InternalError" : "InternalServerError";
}

function send(response: ServerResponse, answer: WireAnswer): void {
  response.writeHead(answer.status, {
    "content-type": answer.contentType,
    "content-length": Buffer.byteLength(answer.body),
    ...(answer.requestId === "" ? {} : { "x-amzn-requestid": answer.requestId }),
  });
  response.end(answer.body);
}
