// Reminders while the app is open. The server says which reminders exist (GET /reminders through the watcher's
// circuit); this module decides when each is due by the browser's clock, raises it once, and asks again later.
//
// Raised once, across reloads and tabs:
// - A reminder is identified by task id + remind_at. Snoozing moves remind_at, so a snoozed reminder is a new one
//   and rings again; re-reading the same reminder after a reload is the same key, so it doesn't.
// - Keys already raised live in localStorage (per user, pruned after two days, the reach of the server's window).
//   localStorage is shared by every tab of the browser and survives a reload.
// - Checking and marking a key happen under one Web Lock, so two tabs whose timers fire at the same instant can't
//   both see it unmarked. The tab that marks it raises it; the others say nothing.
// - A toast (no notification permission) is only claimed by a visible tab: a background tab leaves it unmarked and
//   the first tab to be looked at raises it. A system notification is seen from any tab, so any tab may claim it.
// - A BroadcastChannel tells the other tabs when a reminder was acted on (done, snoozed), so they re-sync at once.
// - A toast nobody answered yet is kept in the tab's sessionStorage: a reload of that tab shows it again (a system
//   notification outlives the page by itself), a second tab doesn't.
//
// Timing: one timer to the earliest upcoming remind_at (capped by the re-sync interval, so reminders set elsewhere
// - the task editor, the assistant, another device - are picked up within it), never a tight poll.

const channelName = "plannior-reminders";
const reachMs = 24 * 60 * 60 * 1000;
const keepSeenMs = 2 * reachMs;
// after a failed read or toast (a reconnecting circuit), the next try comes this soon
const retryMs = 2000;
const callDeadlineMs = 10000;

let state = null;

export function start(watcher, options) {
    stop();
    state = {
        watcher,
        userId: options.userId,
        resyncMs: options.resyncMs,
        strings: options.strings,
        items: [],
        timer: 0,
        channel: "BroadcastChannel" in window ? new BroadcastChannel(channelName) : null,
        registration: null,
        // keys of the toasts this page has shown, so a kept one is shown again once, not at every read
        shown: new Set(),
    };
    const current = state;
    if (current.channel) {
        current.channel.onmessage = event => onMessage(current, event.data);
    }
    current.onVisible = () => { if (document.visibilityState === "visible") { sync(current); } };
    document.addEventListener("visibilitychange", current.onVisible);
    console.debug("Plannior reminders: watching");
    registerWorker(current).finally(() => sync(current));
}

export function stop() {
    if (!state) { return; }
    clearTimeout(state.timer);
    state.channel?.close();
    document.removeEventListener("visibilitychange", state.onVisible);
    state = null;
}

/** After Done or Snooze: re-read now, and have the other tabs do the same. */
export function changed() {
    if (!state) { return; }
    state.channel?.postMessage({ type: "changed" });
    sync(state);
}

/** True the first time it's asked for this key in this browser. */
export function once(key) {
    try {
        const storageKey = "plannior.once:" + key;
        if (localStorage.getItem(storageKey)) { return false; }
        localStorage.setItem(storageKey, "1");
        return true;
    } catch {
        return false;
    }
}

async function registerWorker(current) {
    // a notification shown through a service worker can carry Done and Snooze buttons; a page's own can't
    if (!("serviceWorker" in navigator) || !window.isSecureContext) { return; }
    try {
        await navigator.serviceWorker.register("reminders-sw.js", { scope: "./" });
        // register() answers while a new worker is still installing, and only an active one can show a notification:
        // a reminder already due at the first read would come up without its buttons
        current.registration = await withDeadline(navigator.serviceWorker.ready);
    } catch {
        current.registration = null;
    }
}

async function sync(current) {
    if (state !== current) { return; }
    clearTimeout(current.timer);
    const now = Date.now();
    current.retry = false;
    try {
        current.items = await withDeadline(current.watcher.invokeMethodAsync("Fetch",
            new Date(now - reachMs).toISOString(), new Date(now + reachMs).toISOString()));
    } catch (error) {
        // the circuit is reconnecting: keep what we had and ask again shortly
        console.warn("Plannior reminders: could not read the reminders", error);
        current.retry = true;
    }
    if (state !== current) { return; }
    askPermissionOnce(current);
    await raiseDue(current);
    schedule(current);
    // for whoever wants to know the reminders were just read (the end-to-end tests wait on it)
    window.dispatchEvent(new CustomEvent("plannior:reminders-synced", { detail: { count: current.items.length } }));
}

// A call into the circuit while it is reconnecting can stay pending for good (Blazor drops the message): give up on
// it after a while, so the watcher retries instead of waiting forever. (The same for a service worker never ready.)
function withDeadline(promise) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("No answer in time.")), callDeadlineMs);
        promise.then(value => { clearTimeout(timer); resolve(value); }, error => { clearTimeout(timer); reject(error); });
    });
}

function schedule(current) {
    const now = Date.now();
    const next = current.items
        .map(item => Date.parse(item.remindAt))
        .filter(at => at > now)
        .reduce((earliest, at) => Math.min(earliest, at), Infinity);
    // a timer straight to the next reminder; setTimeout's ceiling is ~24.8 days, far above the re-sync cap
    const wait = Math.max(0, Math.min(next - now, current.retry ? retryMs : current.resyncMs));
    current.timer = setTimeout(() => sync(current), wait);
    console.debug(`Plannior reminders: ${current.items.length} in reach, next check in ${Math.round(wait / 1000)} s`);
}

async function raiseDue(current) {
    const now = Date.now();
    const open = readOpenToasts(current);
    if (!current.retry) {
        // a kept toast whose reminder is gone (done or snoozed elsewhere) is forgotten
        const keys = new Set(current.items.map(item => item.taskId + "@" + item.remindAt));
        for (const key of open) { if (!keys.has(key)) { open.delete(key); } }
        writeOpenToasts(current, open);
    }
    for (const item of current.items) {
        if (Date.parse(item.remindAt) > now) { continue; }
        const key = item.taskId + "@" + item.remindAt;
        const notify = canNotify();
        if (!notify && document.visibilityState !== "visible") { continue; }
        if (!notify && open.has(key) && !current.shown.has(key)) {
            // this tab's toast from before a reload, still unanswered: shown again, not rung again
            await toast(current, item, key, () => { current.retry = true; });
        } else if (await claim(current, key)) {
            if (notify) {
                await showNotification(current, item, key);
            } else {
                // not shown after all: unmarked, so the retry (here or in another tab) raises it
                await toast(current, item, key, () => { unclaim(current, key); current.retry = true; });
            }
        }
    }
}

async function toast(current, item, key, failed) {
    try {
        await withDeadline(current.watcher.invokeMethodAsync("Show", item));
        current.shown.add(key);
        const open = readOpenToasts(current);
        open.add(key);
        writeOpenToasts(current, open);
    } catch {
        failed();
    }
}

/** The toast of this task was closed (Done, Snooze or dismissed): a reload doesn't bring it back. */
export function closed(taskId) {
    if (!state) { return; }
    const open = readOpenToasts(state);
    for (const key of open) { if (key.startsWith(taskId + "@")) { open.delete(key); } }
    writeOpenToasts(state, open);
}

// The toasts a tab shows and nobody answered yet, kept in sessionStorage: it survives a reload of the tab and is
// the tab's own, so a reload shows them again while a second tab doesn't.
function openToastsKey(current) { return "plannior.reminders.toasts:" + current.userId; }

function readOpenToasts(current) {
    try { return new Set(JSON.parse(sessionStorage.getItem(openToastsKey(current)) || "[]")); } catch { return new Set(); }
}

function writeOpenToasts(current, open) {
    try { sessionStorage.setItem(openToastsKey(current), JSON.stringify([...open])); } catch { /* private mode: not kept */ }
}

function canNotify() {
    return "Notification" in window && Notification.permission === "granted";
}

// The first time the user has a reminder at all, the browser asks whether Plannior may notify; whatever they answer
// is the browser's to remember, so it is asked once.
function askPermissionOnce(current) {
    if (current.items.length === 0 || !("Notification" in window) || Notification.permission !== "default") { return; }
    if (!once("notifications:" + current.userId)) { return; }
    // not awaited: a prompt nobody answers must not hold the reminders back; until it's answered they are toasts
    try {
        Notification.requestPermission().catch(() => { });
    } catch {
        // an old browser without the promise form: toasts it is
    }
}

async function showNotification(current, item, key) {
    const s = current.strings;
    const options = {
        body: item.dueAt ? s.dueBody.replace("{0}", new Date(item.dueAt).toLocaleString()) : s.body,
        tag: key,
        data: { taskId: item.taskId },
        actions: [{ action: "done", title: s.done }, { action: "snooze", title: s.snooze }],
        requireInteraction: true,
    };
    if (current.registration) {
        try {
            await current.registration.showNotification(item.title, options);
            return;
        } catch { /* fall through to a page notification */ }
    }
    delete options.actions;
    const notification = new Notification(item.title, options);
    // a page notification has no buttons: clicking it brings the tab forward with the in-app toast, which has them
    notification.onclick = () => {
        window.focus();
        notification.close();
        current.watcher.invokeMethodAsync("Show", item);
    };
}

function onMessage(current, message) {
    if (!message || state !== current) { return; }
    if (message.type === "changed") {
        sync(current);
    } else if (message.type === "action" && (message.action === "done" || message.action === "snooze")) {
        // a button of a system notification, relayed by reminders-sw.js; one tab acts on it
        navigator.locks
            ? navigator.locks.request("plannior-reminder-action:" + message.tag, { ifAvailable: true },
                lock => lock && act(current, message))
            : act(current, message);
    } else if (message.type === "open") {
        const item = current.items.find(i => i.taskId === message.taskId);
        if (item && document.visibilityState === "visible") { current.watcher.invokeMethodAsync("Show", item); }
    }
}

async function act(current, message, attempt = 0) {
    if (attempt === 0 && !claimSync(current, "action:" + message.tag)) { return; }
    try {
        await withDeadline(current.watcher.invokeMethodAsync("Act", message.taskId, message.action));
    } catch {
        // the circuit is reconnecting: the click isn't lost, it is tried again shortly
        if (attempt < 5 && state === current) { setTimeout(() => act(current, message, attempt + 1), retryMs); }
    }
}

function seenKey(current) { return "plannior.reminders.seen:" + current.userId; }

function readSeen(current) {
    try {
        const seen = JSON.parse(localStorage.getItem(seenKey(current)) || "{}");
        const cutoff = Date.now() - keepSeenMs;
        for (const [key, at] of Object.entries(seen)) { if (at < cutoff) { delete seen[key]; } }
        return seen;
    } catch {
        return {};
    }
}

function writeSeen(current, seen) {
    try { localStorage.setItem(seenKey(current), JSON.stringify(seen)); } catch { /* private mode: this tab only */ }
}

function claimSync(current, key) {
    const seen = readSeen(current);
    if (seen[key]) { return false; }
    seen[key] = Date.now();
    writeSeen(current, seen);
    return true;
}

function claim(current, key) {
    return navigator.locks
        ? navigator.locks.request("plannior-reminders:" + current.userId, () => claimSync(current, key))
        : Promise.resolve(claimSync(current, key));
}

function unclaim(current, key) {
    const seen = readSeen(current);
    delete seen[key];
    writeSeen(current, seen);
}
