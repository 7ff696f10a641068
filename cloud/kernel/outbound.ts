/**
 * Calls from a function to outside services (Tencent Cloud, WeChat, SMTP)
 * happen inside requests people wait for: each is bounded, so a hung provider
 * becomes a failed attempt the timer retries, never a request that runs into
 * the function's timeout after the order change was already stored.
 */
export const OUTBOUND_TIMEOUT_MS = 3000
/** An image sent to a cloud service to be read (card OCR, face verification): below the 10 s of the functions that wait for it. */
export const RECOGNITION_TIMEOUT_MS = 8000

/** A fetch signal that gives up after `ms` (messages: OUTBOUND_TIMEOUT_MS; recognition services take longer). */
export const outboundSignal = (ms = OUTBOUND_TIMEOUT_MS): AbortSignal => AbortSignal.timeout(ms)
