import * as React from 'react';

/**
 * Print CSS for the report: the admin's menus, the form and the buttons are left out; the report takes the page
 * width, black on white, sections not split across pages. Scoped to this page (it is mounted only here).
 */
const CSS = `
@media print {
  nav, header[data-strapi-header], [data-kn-print="hide"] { display: none !important; }
  html, body, #strapi, main { background: #ffffff !important; }
  main, main > div { width: 100% !important; max-width: none !important; margin: 0 !important; padding: 0 !important; overflow: visible !important; }
  [data-testid="kn-impact-report"] * { box-shadow: none !important; color: #000000 !important; }
  figure, table, h2, h3 { break-inside: avoid; }
  @page { margin: 15mm; }
}`;

export function PrintStyle() {
  return <style data-testid="kn-impact-print-css">{CSS}</style>;
}
