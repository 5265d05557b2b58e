/** Colours drawn on canvas (the stylesheet holds the same ones for elements, as classes h-<class>). */
export const chartColors = {
  compliant: "#1a7f37",
  nonCompliant: "#cf222e",
  urgent: "#9a6700",
  release: "#0969da",
  failed: "#8250df",
} as const;
