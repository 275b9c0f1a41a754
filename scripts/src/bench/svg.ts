/**
 * Two small self-contained SVG charts for benchmark results (no dependency, readable in any browser or
 * GitHub file view): a strip of lag values with their p50/p95 and target, and a scale curve.
 */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const W = 640;
const H = 240;
const PAD = 48;

function frame(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">\n<rect width="${W}" height="${H}" fill="#fff"/>\n<text x="${PAD}" y="18" font-size="13" font-weight="bold">${esc(title)}</text>\n${body}</svg>\n`;
}

export interface LagSeries {
  label: string;
  values: number[];
}

/** One row of dots per series (ms on a linear axis up to max(values, target)), p50/p95 ticks and the target line. */
export function lagChart(title: string, series: LagSeries[], targetMs: number): string {
  const max = Math.max(targetMs * 1.2, ...series.flatMap((s) => s.values));
  const x = (ms: number) => PAD + 90 + (ms / max) * (W - PAD * 2 - 90);
  const rowH = (H - 70) / Math.max(1, series.length);
  let body = `<line x1="${x(targetMs)}" y1="28" x2="${x(targetMs)}" y2="${H - 30}" stroke="#c00" stroke-dasharray="4 3"/><text x="${x(targetMs) + 3}" y="38" fill="#c00">target ${targetMs} ms</text>\n`;
  series.forEach((s, i) => {
    const y = 50 + i * rowH + rowH / 2;
    const sorted = [...s.values].sort((a, b) => a - b);
    const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
    body += `<text x="${PAD - 40}" y="${y + 4}">${esc(s.label)}</text>\n`;
    body += s.values.map((v) => `<circle cx="${x(v).toFixed(1)}" cy="${y}" r="3" fill="#2166ac" fill-opacity="0.5"/>`).join('') + '\n';
    for (const [p, color] of [[50, '#333'], [95, '#d6604d']] as const) {
      body += `<line x1="${x(pick(p))}" y1="${y - 10}" x2="${x(pick(p))}" y2="${y + 10}" stroke="${color}" stroke-width="2"/><text x="${x(pick(p)) - 8}" y="${y - 13}" fill="${color}">p${p} ${Math.round(pick(p))}</text>\n`;
    }
  });
  for (let t = 0; t <= 4; t += 1) body += `<text x="${x((max * t) / 4) - 10}" y="${H - 12}">${Math.round((max * t) / 4)} ms</text>`;
  return frame(title, body);
}

export interface CurvePoint {
  x: number;
  values: Record<string, number>;
}

/** Lines of several measures against one x (items per locale); each measure on its own scale, labelled at its end. */
export function scaleChart(title: string, points: CurvePoint[], units: Record<string, string>): string {
  const names = Object.keys(units);
  const xs = points.map((p) => p.x);
  const xMax = Math.max(...xs, 1);
  const colors = ['#2166ac', '#d6604d', '#1b7837', '#762a83', '#999'];
  const px = (v: number) => PAD + (v / xMax) * (W - PAD * 2 - 120);
  let body = '';
  names.forEach((name, i) => {
    const max = Math.max(...points.map((p) => p.values[name] ?? 0), 1e-9);
    const py = (v: number) => H - 30 - (v / max) * (H - 70);
    const coords = points.map((p) => `${px(p.x).toFixed(1)},${py(p.values[name] ?? 0).toFixed(1)}`);
    body += `<polyline fill="none" stroke="${colors[i % colors.length]}" stroke-width="2" points="${coords.join(' ')}"/>`;
    points.forEach((p) => (body += `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.values[name] ?? 0).toFixed(1)}" r="3" fill="${colors[i % colors.length]}"><title>${esc(name)} ${p.values[name]} ${units[name]}</title></circle>`));
    const last = points[points.length - 1];
    if (last) body += `<text x="${px(last.x) + 6}" y="${py(last.values[name] ?? 0) + 4 + i * 2}" fill="${colors[i % colors.length]}">${esc(name)} ${last.values[name]} ${esc(units[name] ?? '')}</text>\n`;
  });
  xs.forEach((v) => (body += `<text x="${px(v) - 12}" y="${H - 12}">${v >= 1000 ? `${v / 1000}k` : v}</text>`));
  return frame(title, `${body}\n<text x="${W / 2 - 40}" y="${H - 1}">items per locale</text>\n`);
}
