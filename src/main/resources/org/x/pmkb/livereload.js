// pmkb serve: reloads the page after each rebuild. Injected only into pages pmkb serve sends;
// never part of a built site.
(function () {
  if (!window.EventSource) return;
  var source = new EventSource("/__pmkb/events");
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
})();
