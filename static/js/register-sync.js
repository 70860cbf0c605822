// The register sync's page follows the running sync: every second the status is fetched again,
// the progress bar and its numbers are updated, and the live region's words change only when
// the stage does (so a screen reader hears each stage once, not every number). When the sync
// has finished, the page is loaded again with its summary, and focus goes to the result.
// Without JavaScript, the page has a link to update it.
(function () {
    "use strict";
    var result = document.getElementById("sync-result");
    if (result && window.location.hash === "#sync-result") {
        result.focus();
    }
    function poll() {
        var status = document.getElementById("sync-status");
        if (!status || !status.dataset.syncPoll) {
            return;
        }
        fetch(status.dataset.syncPoll, { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("sync-status");
                if (!fresh || !fresh.dataset.syncPoll) {
                    window.history.replaceState(null, "", window.location.pathname + "#sync-result");
                    window.location.reload();
                    return;
                }
                var words = fresh.querySelector("#sync-result").textContent.trim();
                var live = status.querySelector("#sync-result");
                if (live.textContent.trim() !== words) {
                    live.textContent = words;
                }
                var bar = status.querySelector("progress");
                var freshBar = fresh.querySelector("progress");
                var count = status.querySelector("progress + span");
                var freshCount = fresh.querySelector("progress + span");
                if (bar && freshBar && freshBar.hasAttribute("max")) {
                    bar.max = freshBar.max;
                    bar.value = freshBar.value;
                }
                if (count && freshCount) {
                    count.textContent = freshCount.textContent;
                } else if (freshCount && bar) {
                    bar.insertAdjacentElement("afterend", freshCount);
                }
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 1000);
})();
