// The few things the workspace needs from the browser: drafts kept in localStorage, Enter/Shift+Enter and
// input-method composition in the composer, keyboard shortcuts, scrolling a task into view, loading older
// messages when the top of the log scrolls into view. Everything else is Blazor.
window.plannior = (function () {
    var prefix = "plannior.draft:";

    var drafts = {
        load: function (key) { try { return localStorage.getItem(prefix + key); } catch (e) { return null; } },
        save: function (key, text) {
            try { if (text) { localStorage.setItem(prefix + key, text); } else { localStorage.removeItem(prefix + key); } } catch (e) { }
        },
        clear: function (key) { try { localStorage.removeItem(prefix + key); } catch (e) { } }
    };

    var composer = {
        attach: function (textarea) {
            if (!textarea || textarea.dataset.attached) { return; }
            textarea.dataset.attached = "true";
            textarea.addEventListener("keydown", function (e) {
                // the same rule as Composer.razor: Enter sends, Shift+Enter is a new line, composition is left alone
                if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); }
            });
            textarea.addEventListener("input", function () { drafts.save(textarea.dataset.draftKey, textarea.value); });
        }
    };

    // Dictation with the browser's speech recognition (Chrome, Edge, Safari); absent elsewhere, and then the
    // composer shows no microphone. One recognition at a time; words go to the composer as they are heard.
    var speech = (function () {
        var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
        var active = null;
        return {
            supported: function () { return typeof Recognition === "function"; },
            start: function (listener, lang) {
                if (typeof Recognition !== "function") { return false; }
                if (active) { active.abort(); }
                var recognition = new Recognition();
                recognition.lang = lang;
                recognition.interimResults = true;
                recognition.continuous = false;
                recognition.maxAlternatives = 1;
                var settled = "";
                recognition.onresult = function (e) {
                    var guess = "";
                    for (var i = e.resultIndex; i < e.results.length; i++) {
                        var words = e.results[i][0].transcript;
                        if (e.results[i].isFinal) { settled += words; } else { guess += words; }
                    }
                    listener.invokeMethodAsync("Heard", settled, guess);
                };
                recognition.onerror = function (e) { listener.invokeMethodAsync("SpeechFailed", e.error || ""); };
                recognition.onend = function () {
                    if (active === recognition) { active = null; }
                    listener.invokeMethodAsync("SpeechEnded");
                };
                active = recognition;
                try { recognition.start(); } catch (e) { active = null; return false; }
                return true;
            },
            stop: function () { if (active) { active.stop(); } }
        };
    })();

    function click(selector) {
        var target = document.querySelector(selector);
        if (target && !target.disabled) { target.click(); return true; }
        return false;
    }

    document.addEventListener("keydown", function (e) {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "k" || e.key === "K")) {
            if (click("[data-testid=new-chat]")) { e.preventDefault(); }
        } else if (e.key === "Escape" && !e.defaultPrevented) {
            click("[data-testid=chat-stop]");
        }
    });

    // "Show older messages" loads itself as soon as the user scrolls up to it
    var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) { if (entry.isIntersecting && !entry.target.disabled) { entry.target.click(); } });
    }) : null;
    if (observer) {
        new MutationObserver(function () {
            document.querySelectorAll("[data-autoload=true]:not([data-observed])").forEach(function (button) {
                button.dataset.observed = "true";
                observer.observe(button);
            });
        }).observe(document.documentElement, { childList: true, subtree: true });
    }

    return {
        drafts: drafts,
        composer: composer,
        speech: speech,
        // the address of the open conversation, without a page load
        showAddress: function (path, push) {
            if (location.pathname === path) { return; }
            if (push) { history.pushState(null, "", path); } else { history.replaceState(null, "", path); }
        },
        revealTask: function (id) {
            var row = document.querySelector("[data-testid=task-item][data-task-id='" + id + "']");
            if (row) { row.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
        }
    };
})();
