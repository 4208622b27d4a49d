// Tells the server the browser's IANA time zone, so due dates are read and written in local time.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = "plannior.tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
        }
    } catch (e) {
        // an old browser without Intl time zones keeps UTC
    }
})();
