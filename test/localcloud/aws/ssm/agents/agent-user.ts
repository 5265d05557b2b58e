import { execFileSync } from "node:child_process";
import { userInfo } from "node:os";

/** Who `AWS-RunShellScript` commands run as on this host. */
export interface AgentUser {
  name: string;
  uid: number;
  gid: number;
  /** True when the local cloud runs as root and drops to this user for every script. */
  dropped: boolean;
}

/** The unprivileged account scripts run as when the local cloud runs as root: every Debian and Ubuntu has it. */
const unprivileged = "nobody";

let resolved: AgentUser | undefined;

/**
 * The user the simulated agents run scripts as. The real SSM agent runs them as root on the instance; here they run
 * on the developer's machine, so a script sent by a test or a person must not get root there: as root, the local
 * cloud drops to `nobody`; otherwise scripts run as the current (already unprivileged) user.
 */
export function agentUser(): AgentUser {
  if (resolved !== undefined) return resolved;
  const self = userInfo();
  if (self.uid !== 0) {
    resolved = { name: self.username, uid: self.uid, gid: self.gid, dropped: false };
    return resolved;
  }
  const id = (flag: "-u" | "-g") => {
    const text = execFileSync("id", [flag, unprivileged], { encoding: "utf8" }).trim();
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`the local cloud runs scripts as ${unprivileged}, but 'id ${flag} ${unprivileged}' says ${text}`);
    }
    return value;
  };
  resolved = { name: unprivileged, uid: id("-u"), gid: id("-g"), dropped: true };
  return resolved;
}
