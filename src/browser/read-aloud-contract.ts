/**
 * How the small read-aloud loader (read-aloud.ts, on every page with a Listen control) hands over
 * to the player (read-aloud-player.ts, fetched the first time someone presses Listen).
 *
 * The player is built as a script of its own and loaded with a <script> element, not with
 * import(): a dynamic import() brings the bundler's preloading helper (about 900 bytes, gzipped)
 * into every page, while this costs nothing until Listen is pressed.
 */
declare global {
  interface Window {
    /** Set by the player when it has loaded: reads aloud what the pressed Listen button belongs to. */
    readAloud?: (button: HTMLButtonElement) => void;
  }
}

export {};
