/**
 * The runner's file and stdout protocols: GITHUB_OUTPUT (`name=value` lines and `name<<DELIMITER` heredocs) and
 * workflow commands on stdout (`::error file=a.yml,line=3::message`), with their %-escapes.
 */

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name = "", delimiter = ""] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: the value of "${name}" has no closing delimiter ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join("\n");
      i = end;
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) throw new Error(`GITHUB_OUTPUT: cannot read line "${line}"`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

const commandLine = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/;

export function parseAnnotations(log: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of log.split(/\r?\n/)) {
    const found = commandLine.exec(line);
    if (found === null) continue;
    const [, level = "error", properties = "", message = ""] = found;
    const annotation: Annotation = { level: levelOf(level), message: unescapeData(message) };
    for (const pair of properties.split(",").filter((p) => p !== "")) {
      const eq = pair.indexOf("=");
      const key = pair.slice(0, eq).trim();
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === "file" || key === "title") annotation[key] = value;
      else if (key === "line" || key === "endLine" || key === "col" || key === "endColumn")
        annotation[key] = Number(value);
    }
    annotations.push(annotation);
  }
  return annotations;
}

function levelOf(text: string): Annotation["level"] {
  return text === "warning" ? "warning" : text === "notice" ? "notice" : "error";
}

function unescapeData(text: string): string {
  return text.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll("%3A", ":").replaceAll("%2C", ","));
}
