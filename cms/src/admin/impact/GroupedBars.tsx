import * as React from 'react';

export interface BarRow {
  label: string;
  values: number[];
}
interface Props {
  caption: string;
  /** One per value of a row: its name (legend) and fill; the second series is hatched so it reads in black and white. */
  series: Array<{ name: string; color: string }>;
  rows: BarRow[];
  max: number;
  format: (value: number) => string;
  /** id of the table with the same figures (the accessible alternative). */
  tableId: string;
  testId: string;
}

const LABEL_W = 220;
const BAR_H = 14;
const GAP = 10;
const WIDTH = 720;
const VALUE_W = 56;

/**
 * A horizontal grouped bar chart drawn as inline SVG: no script to run when printed, each bar's value written
 * beside it, a legend in words. Screen readers get the caption and are pointed to the table with the same numbers.
 */
export function GroupedBars({ caption, series, rows, max, format, tableId, testId }: Props) {
  const captionId = React.useId();
  const patternId = React.useId();
  const rowH = series.length * BAR_H + GAP;
  const height = rows.length * rowH + 28;
  const scale = (v: number) => (max > 0 ? (Math.max(0, v) / max) * (WIDTH - LABEL_W - VALUE_W) : 0);
  return (
    <figure style={{ margin: 0, breakInside: 'avoid' }} data-testid={testId}>
      <figcaption id={captionId} style={{ fontWeight: 600, marginBottom: 4 }}>{caption}</figcaption>
      <svg role="img" aria-labelledby={captionId} aria-describedby={tableId} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }}>
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={series[1]?.color ?? '#000'} strokeWidth="4" />
          </pattern>
        </defs>
        {series.map((s, i) => (
          <g key={s.name} transform={`translate(${LABEL_W + i * 140}, 4)`}>
            <rect width="12" height="12" fill={i === 1 ? `url(#${patternId})` : s.color} stroke={s.color} />
            <text x="18" y="11" fontSize="12" fill="#32324d">{s.name}</text>
          </g>
        ))}
        {rows.map((row, r) => (
          <g key={`${row.label}-${r}`} transform={`translate(0, ${28 + r * rowH})`}>
            <text x={LABEL_W - 8} y={(series.length * BAR_H) / 2 + 4} fontSize="12" textAnchor="end" fill="#32324d">{row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}</text>
            {row.values.map((v, i) => (
              <g key={i}>
                <rect x={LABEL_W} y={i * BAR_H} width={scale(v)} height={BAR_H - 2} fill={i === 1 ? `url(#${patternId})` : series[i]?.color} stroke={series[i]?.color} />
                <text x={LABEL_W + scale(v) + 4} y={i * BAR_H + 10} fontSize="11" fill="#32324d">{format(v)}</text>
              </g>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
