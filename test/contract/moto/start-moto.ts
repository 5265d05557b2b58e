import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface MotoHandle {
  url: string;
  stop(): Promise<void>;
}

const host = "127.0.0.1";
const startupMs = 30_000;

/**
 * The time a file's beforeAll gets to start moto and make its first calls: moto's Python start and its first call
 * to a service (which builds that service's backend) take seconds of CPU, and at a load average of 20 on two cores
 * that passed vitest's 60 s hook timeout (2 runs of 6 of the moto files, 2026-11-30).
 */
export const motoStartupBudgetMs = 180_000;

/** A free loopback port: the kernel picks one for a throwaway listener, which is closed before moto binds it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, host);
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  await once(probe, "close");
  if (address === null || typeof address === "string") throw new Error("could not read the probe's port");
  return address.port;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts moto_server (the oracle for the contract suites) on a free loopback port and waits for moto's own word that
 * it listens: werkzeug prints "Running on http://HOST:PORT" once its socket is bound and listening, so a connection
 * made after it is queued rather than refused, and a moto that could not bind the port exits instead. Fails with a
 * clear message when moto_server is not installed.
 */
export async function startMoto(): Promise<MotoHandle> {
  const port = await freePort();
  const url = `http://${host}:${port}`;
  // Without the default AMI catalogue (over a thousand images) moto answers its first EC2 call in well under a second.
  const env = { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: "false" };
  const child = spawn("moto_server", ["-H", host, "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"], env });
  try {
    await listening(child, url);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url, stop: () => stopProcess(child) };
}

/** Resolves when moto prints that it listens on `url`; rejects when it cannot start, exits, or stays silent. */
function listening(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(
      () => settle(new Error(`moto_server did not listen on ${url} within ${startupMs} ms: ${stderr}`)),
      startupMs,
    );
    const onData = (chunk: string) => {
      stderr = (stderr + chunk).slice(-4_000);
      if (stderr.includes(`Running on ${url}\n`)) settle();
    };
    const onError = (error: Error) =>
      settle(new Error(`moto_server could not start (${error.message}); install moto 5 (pip install 'moto[server]')`));
    const onExit = (code: number | null) => settle(new Error(`moto_server exited with ${code}: ${stderr}`));
    function settle(error?: Error) {
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.off("error", onError);
      child.off("exit", onExit);
      // Keep reading moto's log after start-up, so that a full pipe never blocks it.
      child.stderr?.resume();
      if (error === undefined) resolve();
      else reject(error);
    }
    child.stderr?.setEncoding("utf8").on("data", onData);
    child.once("error", onError);
    child.once("exit", onExit);
  });
}
