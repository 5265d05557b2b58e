import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface MotoHandle {
  url: string;
  stop(): Promise<void>;
}

const host = "127.0.0.1";
const startupMs = 30_000;

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

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
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
 * Starts moto_server (the oracle for the contract suites) on a free loopback port and waits until it answers.
 * Fails with a clear message when moto_server is not installed.
 */
export async function startMoto(): Promise<MotoHandle> {
  const port = await freePort();
  const url = `http://${host}:${port}`;
  // Without the default AMI catalogue (over a thousand images) moto answers its first EC2 call in well under a second.
  const env = { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: "false" };
  const child = spawn("moto_server", ["-H", host, "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"], env });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000);
  });
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  const deadline = Date.now() + startupMs;
  while (Date.now() < deadline) {
    const failed = await Promise.race([spawnError, sleep(200).then(() => undefined)]);
    if (failed !== undefined) {
      throw new Error(`moto_server could not start (${failed.message}); install moto 5 (pip install 'moto[server]')`);
    }
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${stderr}`);
    if (await answers(url)) return { url, stop: () => stopProcess(child) };
  }
  await stopProcess(child);
  throw new Error(`moto_server did not answer on ${url} within ${startupMs} ms: ${stderr}`);
}
