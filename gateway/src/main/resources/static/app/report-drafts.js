// Report drafts typed without a connection. A commune clerk on a mountain link saves a draft; when
// the request cannot reach the server the draft is kept on this device ("đang chờ gửi") and sent
// as soon as the browser is back online (the `online` event, and a retry every 30 s in case the
// event never comes). The server's copy wins once sent: the local one is then dropped.
import { api } from './api.js';

// One outbox per person: a draft typed by one clerk is never sent with the next one's session
// on a shared device (it waits for its author to sign in again).
const PREFIX = 'chidao.report-outbox.';
let KEY = PREFIX + 'unknown';
const RETRY_MS = 30000;
let started = false;
let flushing = null;

function read() {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '{}');
  } catch (corrupt) {
    return {};
  }
}

function write(all) {
  if (Object.keys(all).length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(all));
  window.dispatchEvent(new CustomEvent('chidao:report-drafts', { detail: { waiting: Object.keys(all) } }));
}

/** The draft of this obligation still waiting to be sent, or null. */
export function waiting(obligationId) {
  return read()[obligationId] || null;
}

export function waitingIds() {
  return Object.keys(read());
}

/**
 * Saves the draft on the server, or — when the server cannot be reached — on this device.
 * @returns 'saved' or 'waiting'; a refusal of the server (a wrong value…) is thrown as its ApiError
 */
export async function saveDraft(obligationId, content) {
  const all = read();
  all[obligationId] = { content, keptAt: new Date().toISOString() };
  write(all);
  if (!navigator.onLine) return 'waiting';
  try {
    return await send(obligationId);
  } catch (refused) {
    forget(obligationId); // the form still shows what was typed, with the server's reasons
    throw refused;
  }
}

/** Drops the local copy (the report was submitted, or the server refused it). */
export function forget(obligationId) {
  const all = read();
  delete all[obligationId];
  write(all);
}

/** 'saved', or 'waiting' while there is no connection; throws the server's refusal. */
async function send(obligationId) {
  const entry = read()[obligationId];
  if (!entry) return 'saved';
  try {
    await api('/api/reports/obligations/' + encodeURIComponent(obligationId) + '/draft',
      { method: 'PUT', body: entry.content });
  } catch (error) {
    // No connection (0) or the session is over (401, the person signs in again): keep it.
    if (error.status === 0 || error.status === 401) return 'waiting';
    throw error;
  }
  const all = read();
  // Only drop what was sent: a newer draft typed meanwhile stays waiting.
  if (all[obligationId] && all[obligationId].keptAt === entry.keptAt) delete all[obligationId];
  write(all);
  return 'saved';
}

/** Sends every waiting draft that has not been refused; one run at a time. */
export function flush() {
  if (!flushing) {
    flushing = (async () => {
      for (const [id, entry] of Object.entries(read())) {
        if (entry.refused) continue;
        try {
          if ((await send(id)) === 'waiting') break;
        } catch (refused) {
          // Sending it again would be refused again: kept, with the reason, for the form to show.
          const all = read();
          if (all[id]) all[id].refused = refused.message;
          write(all);
        }
      }
    })().finally(() => { flushing = null; });
  }
  return flushing;
}

/** Called once at start-up (main.js) with the signed-in username. */
export function startDraftSync(username) {
  if (started) return;
  started = true;
  KEY = PREFIX + username;
  window.addEventListener('online', () => flush());
  setInterval(() => { if (navigator.onLine && waitingIds().length) flush(); }, RETRY_MS);
  if (navigator.onLine) flush();
}
