/**
 * A message split at its {placeholders}, so a page can put a link or a phone number where the
 * placeholder is: "Call {phone}, {hours}." gives "Call ", {phone}, ", {hours}." when only phone
 * is asked for. Placeholders not asked for stay in the words (fill them in first with the translator).
 */
export type MessagePart = { readonly text: string } | { readonly slot: string };

export function messageParts(message: string, slots: readonly string[]): MessagePart[] {
  const parts: MessagePart[] = [];
  let rest = 0;
  for (const match of message.matchAll(/\{(\w+)\}/g)) {
    if (!slots.includes(match[1]!)) continue;
    if (match.index > rest) parts.push({ text: message.slice(rest, match.index) });
    parts.push({ slot: match[1]! });
    rest = match.index + match[0].length;
  }
  if (rest < message.length) parts.push({ text: message.slice(rest) });
  return parts;
}
