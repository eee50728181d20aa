// pmkb serve: reloads the page after a rebuild that changed it. Injected only into pages pmkb
// serve sends; never part of a built site. Each event names the site paths it rewrote or deleted
// ("incidents/a.html"), or null when every page may have changed.
(function () {
  if (!window.EventSource) return;
  var here = decodeURIComponent(window.location.pathname).replace(/^\/+/, "");
  if (here === "" || here.charAt(here.length - 1) === "/") here += "index.html";
  var source = new EventSource("/__pmkb/events");
  source.addEventListener("reload", function (e) {
    var paths = null;
    try {
      paths = JSON.parse(e.data).paths;
    } catch (ignored) {
      paths = null;
    }
    if (paths && paths.indexOf(here) < 0) return;
    source.close();
    window.location.reload();
  });
})();
