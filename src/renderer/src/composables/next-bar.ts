import { onBeforeUnmount, watch, type Ref } from 'vue'

/**
 * The bar holding "Next item" under the question panel. Beside the panel's scrolling body it
 * covers nothing; in one column (a narrow or zoomed window) it sticks to the bottom of the window
 * over the page, so the page's scroll-padding reserves its measured height (--next-bar-height):
 * whatever the browser brings into view (a focused control, find in page) stops above the bar.
 */
export function useNextBar(bar: Ref<HTMLElement | null>): void {
  const root = document.documentElement
  let observer: ResizeObserver | null = null
  const release = (): void => {
    observer?.disconnect()
    observer = null
    root.style.removeProperty('--next-bar-height')
  }
  watch(bar, (element) => {
    release()
    if (!element || typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver(() => {
      root.style.setProperty('--next-bar-height', `${Math.ceil(element.offsetHeight)}px`)
    })
    observer.observe(element)
  })
  onBeforeUnmount(release)
}

/** Space kept between the feedback's end and the edge it is scrolled to. */
const MARGIN = 8

/**
 * Scrolls the feedback that just appeared up into view, as far as it needs to show its end, but
 * no further than keeps `anchor` (where the learner is in the quiz) at the top, unless the verdict
 * would otherwise stay hidden: the question stays in sight where there is room. The scroller is the panel's body, or the page when the panel is not scrolling (one
 * column), where the sticky bar's height is subtracted from what is visible.
 */
export function revealFeedback(
  body: HTMLElement,
  feedback: HTMLElement,
  anchor: HTMLElement | null,
  bar: HTMLElement | null
): void {
  const scrollsItself = getComputedStyle(body).overflowY !== 'visible'
  const scroller = scrollsItself ? body : (document.scrollingElement ?? document.documentElement)
  const top = scrollsItself ? body.getBoundingClientRect().top : 0
  const bottom = scrollsItself
    ? body.getBoundingClientRect().bottom
    : window.innerHeight - (bar?.offsetHeight ?? 0)
  const needed = feedback.getBoundingClientRect().bottom + MARGIN - bottom
  const allowed = anchor ? anchor.getBoundingClientRect().top - top - MARGIN / 2 : needed
  // The verdict is shown whatever it costs: where four choices fill a zoomed window, the progress
  // line gives way rather than the verdict sitting under the bar.
  const verdict = feedback.querySelector('.feedback-verdict') ?? feedback
  const verdictNeeded = verdict.getBoundingClientRect().bottom + MARGIN - bottom
  const by = Math.max(Math.min(needed, allowed), verdictNeeded)
  if (by > 0) scroller.scrollTop += by
}
