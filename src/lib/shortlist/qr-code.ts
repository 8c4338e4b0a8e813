/**
 * The QR code of a listing's page for its shortlist file: the same code as on the printed sheets
 * (src/data/print.ts: error correction M, mask 0, the address as one byte-mode segment), packed
 * small (qr-modules.ts).
 */
import QRCode from 'qrcode';
import { packQr, type PackedQr } from './qr-modules.ts';

export function listingQr(url: string): PackedQr {
  const code = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: 0 });
  return packQr(code.modules.size, code.modules.data);
}
