/** One bar group of the chart: a label and its values (ms), drawn in the order of `series`. */
export interface ChartRow {
  label: string;
  values: Record<string, number>;
}

const COLOURS = ['#1f5f8b', '#c0392b', '#7f8c8d', '#27ae60'];
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A small horizontal bar chart as SVG text (no dependency): p95 latency per page next to the static file, so a
 * reader sees the result at a glance beside the JSON.
 */
export function barChart(title: string, series: string[], rows: ChartRow[], unit = 'ms'): string {
  const max = Math.max(1, ...rows.flatMap((row) => series.map((name) => row.values[name] ?? 0)));
  const barH = 10;
  const groupH = series.length * barH + 8;
  const left = 110;
  const width = 560;
  const height = 40 + rows.length * groupH + 20;
  const scale = (value: number) => Math.max(1, Math.round(((width - left - 70) * value) / max));
  const bars = rows.map((row, i) => {
    const y = 34 + i * groupH;
    const label = `<text x="${left - 6}" y="${y + groupH / 2}" text-anchor="end" font-size="11">${esc(row.label)}</text>`;
    const parts = series.map((name, j) => {
      const value = row.values[name] ?? 0;
      const w = scale(value);
      return `<rect x="${left}" y="${y + j * barH}" width="${w}" height="${barH - 2}" fill="${COLOURS[j % COLOURS.length]}"/>`
        + `<text x="${left + w + 4}" y="${y + j * barH + 8}" font-size="9">${value} ${unit}</text>`;
    });
    return label + parts.join('');
  });
  const legend = series.map((name, j) => `<rect x="${left + j * 130}" y="${height - 14}" width="10" height="10" fill="${COLOURS[j % COLOURS.length]}"/><text x="${left + j * 130 + 14}" y="${height - 5}" font-size="10">${esc(name)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">`
    + `<text x="10" y="18" font-size="13" font-weight="bold">${esc(title)}</text>${bars.join('')}${legend.join('')}</svg>\n`;
}
