/**
 * Keeps --header-height equal to the header's real height: the header wraps onto more lines in a
 * narrow or zoomed window, and the quiz and editor layouts fill the window below it.
 */
export function trackHeaderHeight(): void {
  const header = document.querySelector<HTMLElement>('.app-header')
  if (!header || typeof ResizeObserver === 'undefined') return
  const root = document.documentElement
  new ResizeObserver(() => {
    root.style.setProperty('--header-height', `${Math.ceil(header.offsetHeight)}px`)
  }).observe(header)
}
