// communique web: charts, keyboard review, small conveniences. No inline scripts
// (the Content-Security-Policy forbids them); everything is wired from data attributes.
(function () {
  "use strict";
  var root = document.body ? document.body.getAttribute("data-root") || "" : "";

  function drawPlots(scope) {
    if (!window.Plotly) { return; }
    (scope || document).querySelectorAll("script[data-plot]").forEach(function (node) {
      var target = document.getElementById(node.getAttribute("data-plot"));
      if (!target || target.getAttribute("data-drawn")) { return; }
      var fig = JSON.parse(node.textContent);
      var config = Object.assign({ displaylogo: false, responsive: true,
        topojsonURL: root + "/static/vendor/topojson/" }, fig.config || {});
      window.Plotly.newPlot(target, fig.data, fig.layout || {}, config);
      target.setAttribute("data-drawn", "1");
    });
  }

  function wire(scope) {
    (scope || document).querySelectorAll("[data-autosubmit]").forEach(function (el) {
      if (el.getAttribute("data-wired")) { return; }
      el.setAttribute("data-wired", "1");
      el.addEventListener("change", function () { el.form.requestSubmit(); });
    });
    (scope || document).querySelectorAll("[data-print]").forEach(function (el) {
      el.addEventListener("click", function () { window.print(); });
    });
  }

  // Review queue: a accept, r reject, e edit, j next, k previous.
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    var card = document.querySelector("[data-review]");
    if (!card) { return; }
    var el = card.querySelector('[data-key="' + ev.key + '"]');
    if (!el) { return; }
    ev.preventDefault();
    el.click();
  });

  // Upload progress (htmx sends the file with XMLHttpRequest).
  document.addEventListener("htmx:xhr:progress", function (ev) {
    var bar = document.querySelector("#upload-progress progress");
    var label = document.querySelector("#upload-progress [data-progress-label]");
    if (!bar || !ev.detail.lengthComputable) { return; }
    var pct = Math.round(ev.detail.loaded / ev.detail.total * 100);
    bar.value = pct;
    if (label) { label.textContent = pct < 100 ? "sending… " + pct + "%" : "reading and extracting…"; }
  });

  document.addEventListener("htmx:afterSettle", function (ev) { drawPlots(ev.target); wire(ev.target); });
  document.addEventListener("DOMContentLoaded", function () { drawPlots(); wire(); });
  window.addEventListener("load", function () { drawPlots(); });
})();
