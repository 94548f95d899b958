/**
 * A dynamic segment of a page as the id it names. Next's App Router hands pages their segments still
 * percent-encoded (route handlers get them decoded), so `alice%40example.com` or `%E3%83%A6…` looked
 * up nothing and the user and session pages answered "Page not found". A segment that is not valid
 * percent-encoding (a bare `%` typed by hand) is taken as it is rather than failing the page.
 */
export function pageParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
