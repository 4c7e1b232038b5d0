(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".controls input[name]"));
  var only = document.getElementById("only-findings");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.pair"));
  var status = document.getElementById("status");
  var current = -1;

  function hiddenValues() {
    var h = {};
    boxes.forEach(function (b) { if (!b.checked) { h[b.name + ":" + b.value] = true; } });
    return h;
  }

  function apply() {
    var h = hiddenValues();
    var visible = {};
    var shown = 0;
    cards.forEach(function (c) {
      var off = h["kind:" + c.getAttribute("data-kind")] || h["severity:" + c.getAttribute("data-severity")];
      c.classList.toggle("is-hidden", !!off);
      if (!off) { visible[c.getAttribute("data-f")] = true; shown += 1; }
    });
    document.querySelectorAll("mark.hl, .whole, a.ref").forEach(function (m) {
      var ids = (m.getAttribute("data-f") || "").split(" ");
      var on = ids.some(function (id) { return visible[id]; });
      m.classList.toggle("off", !on);
    });
    rows.forEach(function (r) {
      var ids = (r.getAttribute("data-fids") || "").split(" ").filter(Boolean);
      var any = ids.some(function (id) { return visible[id]; });
      r.classList.toggle("is-hidden", only.checked && !any);
    });
    status.textContent = shown + " of " + cards.length + " findings shown";
    document.body.setAttribute("data-shown", String(shown));
  }

  function applyHash() {
    var hash = window.location.hash.replace(/^#/, "");
    try {
      hash = decodeURIComponent(hash);
    } catch (e) {
      // a malformed fragment (a file saved as "report.html#%", a hand-typed "#%zz") is no view state
      hash = "";
    }
    hash.split("&").forEach(function (part) {
      var kv = part.split("=");
      if (kv[0] === "hide") {
        var hide = (kv[1] || "").split(",");
        boxes.forEach(function (b) { b.checked = hide.indexOf(b.value) < 0; });
      } else if (kv[0] === "only") {
        only.checked = kv[1] === "findings";
      }
    });
  }

  function visibleCards() { return cards.filter(function (c) { return !c.classList.contains("is-hidden"); }); }

  function go(step) {
    var list = visibleCards();
    if (!list.length) { return; }
    var at = list.indexOf(cards[current]);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    select(cards.indexOf(list[next]));
  }

  function select(index) {
    document.querySelectorAll(".flash, .card.current").forEach(function (e) { e.classList.remove("flash", "current"); });
    current = index;
    if (index < 0) { return; }
    var c = cards[index];
    c.classList.add("current");
    document.querySelectorAll('mark.hl, .whole').forEach(function (m) {
      if ((m.getAttribute("data-f") || "").split(" ").indexOf(c.getAttribute("data-f")) >= 0) { m.classList.add("flash"); }
    });
    c.scrollIntoView({block: "center"});
    c.focus({preventScroll: true});
  }

  // The baseline: the fingerprints were computed in Python and sit in the button's data-baseline; the page only
  // collects the entries of the ticked cards and hands the file over (nothing leaves the machine).
  var button = document.getElementById("download-baseline");
  var data = {schema: "wiredrift.baseline/1", entries: {}};
  try {
    data = JSON.parse(button.getAttribute("data-baseline"));
  } catch (e) {
    // no data: the buttons build an empty baseline; the rest of the page works as before
  }
  var ticks = Array.prototype.slice.call(document.querySelectorAll("input.accept-box"));
  var ticked = document.getElementById("ticked");

  function countTicks() {
    var n = ticks.filter(function (t) { return t.checked; }).length;
    ticked.textContent = String(n);
    document.body.setAttribute("data-ticked", String(n));
  }

  function baselineText() {
    var created = new Date().toISOString().replace(/\.[0-9]+Z$/, "Z");
    var reason = document.getElementById("baseline-reason").value.trim();
    var author = document.getElementById("baseline-author").value.trim();
    var seen = {};
    var entries = [];
    ticks.forEach(function (t) {
      var e = data.entries[t.value];
      if (!t.checked || !e || seen[e.fingerprint]) { return; }
      seen[e.fingerprint] = true;
      var out = {};
      Object.keys(e).forEach(function (k) { out[k] = e[k]; });
      if (reason) { out.reason = reason; }
      if (author) { out.author = author; }
      out.created = created;
      entries.push(out);
    });
    return JSON.stringify({schema: data.schema, entries: entries}, null, 2) + "\n";
  }

  function download() {
    var text = baselineText();
    var out = document.getElementById("baseline-json");
    out.value = text;
    out.textContent = text;
    out.hidden = false;
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], {type: "application/json"}));
    a.download = "baseline.json";
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    document.body.setAttribute("data-downloaded", "1");
  }

  ticks.forEach(function (t) { t.addEventListener("change", countTicks); });
  document.getElementById("tick-all").addEventListener("click", function () {
    ticks.forEach(function (t) { if (!t.closest(".card").classList.contains("is-hidden")) { t.checked = true; } });
    countTicks();
  });
  button.addEventListener("click", download);
  countTicks();

  boxes.concat([only]).forEach(function (b) { b.addEventListener("change", apply); });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target && e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") { return; }
    if (e.key === "j" || e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(-1); e.preventDefault(); }
    else if (e.key === "Escape") { select(-1); }
  });
  window.addEventListener("hashchange", function () { applyHash(); apply(); });
  applyHash();
  apply();
  document.body.setAttribute("data-ready", "1");
}());
