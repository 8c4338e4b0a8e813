/**
 * A listing the Open Referral import brought in with no kind of help (`kinds: []` and a `review`
 * note) waits for an officer: the site does not show it, and the content check lists it.
 */

/** True when a service listing waits for an officer to add its kinds of help. */
export function isWaitingForReview(service: { readonly review?: string; readonly kinds: readonly string[] }): boolean {
  return service.review !== undefined || service.kinds.length === 0;
}
