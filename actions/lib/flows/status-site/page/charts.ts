/// <reference lib="dom" />
import uPlot from "uplot";
import { el } from "./dom.js";

/**
 * The page's charts, drawn by uPlot (bundled into the page: nothing is fetched) on canvas. A canvas says nothing
 * to a screen reader, so each chart is a labelled image and the same numbers are given as a table beside it.
 */

export interface Series {
  label: string;
  values: (number | null)[];
  /** A colour from the stylesheet's palette (canvas needs the value itself). */
  color: string;
}

const height = 220;
function required<T>(builder: T | undefined, name: string): T {
  if (builder === undefined) throw new Error(`the bundled uPlot lacks its ${name} paths`);
  return builder;
}
const bars = required(uPlot.paths.bars, "bar");
const steps = required(uPlot.paths.stepped, "step");

function chartBox(label: string): HTMLElement {
  return el("div", { class: "chart", role: "img", "aria-label": label });
}

function width(box: HTMLElement): number {
  return Math.max(280, Math.min(box.parentElement?.clientWidth ?? 640, 760) - 8);
}

function mount(box: HTMLElement, make: (w: number) => uPlot.Options, data: uPlot.AlignedData): void {
  // Drawn once the box is in the document, so that it knows its width.
  requestAnimationFrame(() => {
    new uPlot(make(width(box)), data, box);
  });
}

/** Every chart's size, without uPlot's legend and hover cursor (the table beside it holds the numbers). */
const frame = (w: number, h: number) => ({ width: w, height: h, legend: { show: false }, cursor: { show: false } });
/** A y axis from zero to a tenth above the highest value, at least 1. */
const fromZero: uPlot.Range.Function = (_u, _min, max) => [0, Math.max(1, max * 1.1)];

const axisFont = "12px system-ui, sans-serif";
const axis = (values?: uPlot.Axis["values"]): uPlot.Axis => ({
  font: axisFont,
  stroke: "#24292f",
  grid: { stroke: "#d0d7de", width: 1 },
  ...(values ? { values } : {}),
});

/** Categories along x, one bar each. */
export function barChart(label: string, categories: readonly string[], series: Series): HTMLElement {
  const box = chartBox(label);
  const xs = categories.map((_, i) => i);
  mount(
    box,
    (w) => ({
      ...frame(w, height),
      scales: {
        x: { time: false, range: [-0.5, Math.max(categories.length - 0.5, 0.5)] },
        y: { range: fromZero },
      },
      axes: [{ ...axis((_u, splits) => splits.map((s) => categories[s] ?? "")), splits: () => xs }, axis()],
      series: [
        {},
        {
          label: series.label,
          fill: series.color,
          stroke: series.color,
          paths: bars({ size: [0.6, 80] }),
        },
      ],
    }),
    [xs, series.values],
  );
  return box;
}

/** Lines over time (x in seconds since the epoch). */
export function lineChart(
  label: string,
  xs: readonly number[],
  series: readonly Series[],
  stepped = false,
): HTMLElement {
  const box = chartBox(label);
  mount(
    box,
    (w) => ({
      ...frame(w, height),
      scales: { x: { time: true }, y: { range: fromZero } },
      axes: [axis(), axis()],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          points: { show: xs.length < 60 },
          ...(stepped ? { paths: steps({ align: 1 }) } : {}),
        })),
      ],
    }),
    [[...xs], ...series.map((s) => s.values)],
  );
  return box;
}

/** A step line over named levels (releases): y is the level's index, labelled with its name. */
export function levelChart(
  label: string,
  xs: readonly number[],
  levels: readonly string[],
  ys: readonly number[],
  color: string,
): HTMLElement {
  const box = chartBox(label);
  mount(
    box,
    (w) => ({
      ...frame(w, Math.max(120, 40 * levels.length + 60)),
      scales: { x: { time: true }, y: { range: [-0.5, levels.length - 0.5] } },
      axes: [
        axis(),
        {
          ...axis((_u, splits) => splits.map((s) => levels[s] ?? "")),
          splits: () => levels.map((_, i) => i),
          size: 80,
        },
      ],
      series: [{}, { label, stroke: color, width: 3, paths: steps({ align: 1 }) }],
    }),
    [[...xs], [...ys]],
  );
  return box;
}

/** The numbers of a chart as a table, folded under a summary. */
export function chartTable(
  summary: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): HTMLElement {
  return el(
    "details",
    { class: "chart-table" },
    el("summary", {}, summary),
    el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((cell) => el("td", {}, String(cell)))))),
    ),
  );
}
