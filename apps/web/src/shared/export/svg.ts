import { xmlEscape } from './xlsx';

/** What an exported chart image carries besides the chart: title, units, legend and source. */
export interface ChartImageMeta {
  readonly title: string;
  /** Scope and year, e.g. 辽宁省 · 2024 年度. */
  readonly subtitle?: string;
  /** e.g. 单位：件 */
  readonly unit?: string;
  /** e.g. 数据来源：… */
  readonly source: string;
  readonly legend?: readonly { readonly label: string; readonly color: string }[];
  /** A last footer line, e.g. the link and export time. */
  readonly footnote?: string;
}

export interface ComposedSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export const EXPORT_FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', 'Helvetica Neue', Arial, sans-serif";

const PAD = 24;

/** Rough text width (CJK ≈ 1 em, other characters ≈ 0.58 em), to size and wrap lines. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

/** Splits text into lines that fit a width (by characters, so it works for Chinese too). */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (line && textWidth(line + ch, fontSize) > maxWidth) {
      if (lines.length === maxLines - 1) {
        // Last allowed line: end it with an ellipsis.
        lines.push(`${[...line].slice(0, -1).join('')}…`);
        return lines;
      }
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** Removes the XML declaration and any width/height of the chart's own root so it can be nested. */
function nestedChart(chartMarkup: string, x: number, y: number, width: number, height: number): string {
  const body = chartMarkup.replace(/^<\?xml[^>]*>\s*/, '');
  const open = body.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('the chart markup is not an <svg> element');
  let tag = open[0].replace(/\s(width|height|x|y|style)="[^"]*"/g, '');
  if (!/\sviewBox=/.test(tag)) tag = tag.replace(/^<svg/, `<svg viewBox="0 0 ${width} ${height}"`);
  if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  tag = tag.replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" overflow="visible"`);
  return tag + body.slice(open[0].length);
}

/**
 * A standalone SVG document: white background, the title (and subtitle, unit) above the chart,
 * a legend row when given, and the source and footnote below it. Used for both SVG and PNG export.
 */
export function composeChartSvg(chartMarkup: string, chartWidth: number, chartHeight: number, meta: ChartImageMeta): ComposedSvg {
  const width = Math.max(Math.ceil(chartWidth) + PAD * 2, 480);
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(meta.title, 18, inner)) {
    y += 22;
    parts.push(`<text x="${PAD}" y="${y}" font-size="18" font-weight="600" fill="#16202c">${xmlEscape(line)}</text>`);
  }
  const sub = [meta.subtitle, meta.unit].filter(Boolean).join('  ·  ');
  if (sub) {
    for (const line of wrapText(sub, 12, inner)) {
      y += 18;
      parts.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#4a5563">${xmlEscape(line)}</text>`);
    }
  }
  if (meta.legend?.length) {
    y += 12;
    let x = PAD;
    let rowY = y + 12;
    for (const item of meta.legend) {
      const w = 16 + textWidth(item.label, 12) + 18;
      if (x + w > PAD + inner && x > PAD) {
        x = PAD;
        rowY += 18;
      }
      parts.push(
        `<rect x="${x}" y="${rowY - 9}" width="10" height="10" rx="1" fill="${xmlEscape(item.color)}"/>` +
          `<text x="${x + 15}" y="${rowY}" font-size="12" fill="#334155">${xmlEscape(item.label)}</text>`,
      );
      x += w;
    }
    y = rowY;
  }
  y += 14;
  parts.push(nestedChart(chartMarkup, PAD, y, Math.ceil(chartWidth), Math.ceil(chartHeight)));
  y += Math.ceil(chartHeight) + 10;
  parts.push(`<line x1="${PAD}" x2="${PAD + inner}" y1="${y}" y2="${y}" stroke="#d5dbe2" stroke-width="1"/>`);
  for (const line of [meta.source, meta.footnote].filter((l): l is string => Boolean(l))) {
    for (const wrapped of wrapText(line, 11, inner, 3)) {
      y += 16;
      parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="#4a5563">${xmlEscape(wrapped)}</text>`);
    }
  }
  const height = Math.ceil(y + PAD - 6);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${xmlEscape(EXPORT_FONT)}">` +
    `<title>${xmlEscape(meta.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

/** Style properties copied inline, so the exported chart looks as on screen without the page CSS. */
const INLINE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

/**
 * Serialises an on-screen chart <svg>: a clone with the computed presentation styles of its text
 * and shapes written as attributes, its pixel size, and the SVG namespace.
 */
export function serializeChart(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const width = rect.width || Number(svg.getAttribute('width')) || 600;
  const height = rect.height || Number(svg.getAttribute('height')) || 300;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  // Hundreds of elements at most: large charts draw their bars as one path.
  if (source.length < 6000) {
    source.forEach((el, i) => {
      const copy = target[i];
      if (!copy || !(el instanceof SVGElement)) return;
      const style = window.getComputedStyle(el);
      for (const prop of INLINE_PROPS) {
        const value = style.getPropertyValue(prop);
        if (value && !copy.getAttribute(prop)) copy.setAttribute(prop, value);
      }
    });
  }
  for (const el of clone.querySelectorAll('[data-export="skip"]')) el.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

/** Rasterises an SVG document in the browser (canvas), at `scale` × its size. */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
