// Service worker of reminders.js: only here can a notification's Done and Snooze buttons be heard. It relays the
// click to the open tabs over the same BroadcastChannel; one of them acts on it through its signed-in circuit.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", event => event.waitUntil(self.clients.claim()));

self.addEventListener("notificationclick", event => {
    event.notification.close();
    const channel = new BroadcastChannel("plannior-reminders");
    const taskId = event.notification.data && event.notification.data.taskId;
    const tag = event.notification.tag;
    if (event.action === "done" || event.action === "snooze") {
        channel.postMessage({ type: "action", action: event.action, taskId, tag });
        channel.close();
        return;
    }
    // the notification itself: bring a Plannior tab forward
    event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(windows => {
        channel.postMessage({ type: "open", taskId, tag });
        channel.close();
        return windows.length > 0 ? windows[0].focus() : self.clients.openWindow("./chat");
    }));
});
