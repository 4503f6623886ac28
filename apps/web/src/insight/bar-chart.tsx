export interface Bar {
  readonly label: string;
  readonly value: number;
}

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 56;
const WIDTH = 640;

/**
 * Horizontal bars as inline SVG. It is a picture of the table that follows it (which screen
 * readers read instead), so the SVG itself is hidden from them; the caption says so.
 */
export function BarChart({
  bars,
  caption,
  format = (value) => String(value),
}: {
  bars: readonly Bar[];
  caption: string;
  format?: (value: number) => string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * (BAR_HEIGHT + GAP);
  return (
    <figure className="wmo-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        aria-hidden="true"
        focusable="false"
      >
        {bars.map((bar, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          const length = (bar.value / max) * plot;
          return (
            <g key={bar.label} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={BAR_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="wmo-chart-label"
              >
                {shortLabel(bar.label)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={0}
                width={Math.max(length, bar.value > 0 ? 2 : 0)}
                height={BAR_HEIGHT}
                className="wmo-chart-bar"
              />
              <text
                x={LABEL_WIDTH + length + 6}
                y={BAR_HEIGHT / 2}
                dominantBaseline="middle"
                className="wmo-chart-value"
              >
                {format(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** The table next to the chart has the full name; the chart keeps the start of it. */
export function shortLabel(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
