// `sizes` hints for responsive images. They restate the CSS (site-css.ts) in a form the preload scanner can
// read before any CSS arrives; change both together.

/** Article media span the content column: .wrap is 46rem wide with 1rem padding on each side. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

/** Listing thumbnails (.thumb): 6rem on phones, 9rem from 40rem up. */
export const THUMB_IMAGE_SIZES = "(min-width: 40rem) 9rem, 6rem";
