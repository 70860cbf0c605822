// The register sync's page: while the sync runs, its status is fetched again every second and
// swapped in (the role="status" region announces it); when it is done, the page is loaded again
// with the summary. Without JavaScript, the page has a link to update it.
(function () {
    "use strict";
    function poll() {
        var status = document.getElementById("sync-status");
        if (!status || !status.dataset.syncPoll) {
            return;
        }
        fetch(status.dataset.syncPoll, { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var holder = document.createElement("div");
                holder.innerHTML = html;
                var fresh = holder.firstElementChild;
                if (!fresh || !fresh.dataset.syncPoll) {
                    window.location.reload();
                    return;
                }
                status.replaceWith(fresh);
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 1000);
})();
