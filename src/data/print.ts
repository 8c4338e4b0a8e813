/** The printable sheets to build, and the QR code for each listing's page. */
import QRCode from 'qrcode';
import { planPrintSheets, type PrintSheet } from '../lib/directory/print-sheets.ts';
import { getDirectory } from './directory.ts';
import { rememberedForOneGroupAtATime } from '../lib/remembered.ts';

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

/**
 * A listing is on several sheets (each of its areas, each of its kinds), so its QR code is made
 * once for each language, not once for each sheet. Astro builds one language's sheets after
 * another, and a code (which holds the address of the listing's page in that language) is not
 * used again in another language, so only the codes of the language being built are kept. Kept
 * for every language, at 25,000 listings they were about 95,000 codes of about 3 KB each, held
 * in Astro's memory to the end of the build.
 */
const qrCodeOnce = rememberedForOneGroupAtATime((url: string) =>
  QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 0, maskPattern: 0 }),
);

/**
 * An inline SVG QR code for the web address of a listing's page in `language` (made at build
 * time; no image requests). The mask pattern is fixed: any of the eight is valid, and choosing
 * the "best" costs eight times as long. The address goes in as one byte-mode segment: working out
 * the smallest mix of modes costs more than twice as long, and gives the same code for a web address.
 */
export async function qrCodeSvg(url: string, label: string, language: string): Promise<string> {
  const code = await qrCodeOnce(language, url);
  return code.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" class="qr" `);
}
