// communique web: charts, keyboard review, small conveniences. No inline scripts
// (the Content-Security-Policy forbids them); everything is wired from data attributes.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The menu button of narrow screens.
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("[data-menu]") : null;
    if (!button) { return; }
    var header = button.closest("header");
    var open = header.classList.toggle("open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });

  // Destructive actions (disable a user, revoke tokens) ask first.
  document.addEventListener("submit", function (ev) {
    var button = ev.submitter;
    var message = button && button.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { ev.preventDefault(); }
  });

  // "Tick all" boxes: data-check-all="NAME" ticks (or unticks) the form's NAME boxes.
  document.addEventListener("change", function (ev) {
    var all = ev.target.closest ? ev.target.closest("[data-check-all]") : null;
    if (!all || !all.form) { return; }
    var name = all.getAttribute("data-check-all");
    all.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(
      function (box) { box.checked = all.checked; });
  });

  function drawPlots(scope) {
    if (!window.Plotly) { return; }
    (scope || document).querySelectorAll("script[data-plot]").forEach(function (node) {
      var target = document.getElementById(node.getAttribute("data-plot"));
      if (!target || target.getAttribute("data-drawn")) { return; }
      var fig = JSON.parse(node.textContent);
      var config = Object.assign({ displaylogo: false, responsive: true }, fig.config || {});
      var layout = fig.layout || {};
      // a map keeps its aspect: on a narrow screen, as tall as its width needs
      if (layout.yaxis && layout.yaxis.scaleanchor === "x" && target.clientWidth < 700) {
        layout.height = Math.round(target.clientWidth * 0.45) + 150;
      }
      window.Plotly.newPlot(target, fig.data, layout, config);
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

  // A refused upload (415 not a document, 413 too large, 400 bad date) answers with
  // its message: show it where the result goes, not nothing (htmx drops 4xx bodies).
  document.addEventListener("htmx:beforeSwap", function (ev) {
    var status = ev.detail.xhr.status;
    if (status >= 400 && status < 500 && ev.detail.target &&
        ev.detail.target.id === "upload-result") {
      ev.detail.shouldSwap = true;
      ev.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSettle", function (ev) { drawPlots(ev.target); wire(ev.target); });
  document.addEventListener("DOMContentLoaded", function () { drawPlots(); wire(); });
  window.addEventListener("load", function () { drawPlots(); });
})();
