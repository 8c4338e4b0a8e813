/** The printable sheets to build, and the QR code for each listing's page. */
import QRCode from 'qrcode';
import { planPrintSheets, type PrintSheet } from '../lib/directory/print-sheets.ts';
import { getDirectory } from './directory.ts';

let cached: Promise<PrintSheet[]> | undefined;

export function getPrintSheets(): Promise<PrintSheet[]> {
  cached ??= getDirectory().then((directory) =>
    planPrintSheets(
      directory.available.map((s) => s.listed),
      directory.facetOrder.area,
      directory.facetOrder.kind,
    ),
  );
  return cached;
}

const qrCache = new Map<string, Promise<string>>();

/**
 * An inline SVG QR code for a web address (made at build time; no image requests). The mask
 * pattern is fixed: any of the eight is valid, and choosing the "best" costs eight times as long.
 * The address goes in as one byte-mode segment: working out the smallest mix of modes costs
 * more than twice as long, and gives the same code for a web address.
 */
export function qrCodeSvg(url: string, label: string): Promise<string> {
  const cached = qrCache.get(url);
  if (cached) return cached;
  const svg = QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 0, maskPattern: 0 }).then((code: string) =>
    code.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" class="qr" `),
  );
  qrCache.set(url, svg);
  return svg;
}
