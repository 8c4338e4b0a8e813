/** A "Print this page" button, shown only when JavaScript can open the print dialogue. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
