/**
 * Draws the referral's QR code as an inline SVG (no image request, no style attribute). Loaded
 * by src/browser/referral-card.ts only when a champion makes the first referral link.
 */
import { referralQr } from '../lib/referral/qr.ts';
import { qrPathData, qrViewSize } from '../lib/qr/svg.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function referralQrSvg(url: string): SVGSVGElement {
  const code = referralQr(url);
  const size = String(qrViewSize(code));
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': 'QR code: scan it to open what they need',
    'data-qr-version': String(code.version),
    'shape-rendering': 'crispEdges',
  }))
    svg.setAttribute(name, value);
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries({ width: size, height: size, fill: '#fff' })) background.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qrPathData(code));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
