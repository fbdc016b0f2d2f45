// Document reader: a click on a highlighted figure shows its fact and its checks in the panel.
(function () {
  "use strict";
  var dataEl = document.getElementById("facts-data");
  var panel = document.getElementById("fact-detail");
  if (!dataEl || !panel) return;
  var facts = JSON.parse(dataEl.textContent);
  var byId = {};
  facts.forEach(function (f) { byId[f.id] = f; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function row(dl, k, v) {
    dl.appendChild(el("dt", k));
    dl.appendChild(el("dd", v === null || v === undefined || v === "" ? "—" : v));
  }
  function show(f, mark) {
    panel.replaceChildren();
    panel.appendChild(el("h3", f.text, "fact-title"));
    var dl = el("dl");
    row(dl, "entity", f.entity);
    row(dl, "indicator", f.indicator);
    row(dl, "period", f.period);
    row(dl, "value", (f.approx && f.approx !== "=" ? f.approx + " " : "") + f.value_fmt);
    row(dl, "kind", f.kind + (f.direction ? " (" + f.direction + ", " + (f.basis || "") + ")" : ""));
    row(dl, "status", f.status);
    panel.appendChild(dl);
    var h = el("h4", "Checks");
    panel.appendChild(h);
    if (!f.checks.length) panel.appendChild(el("p", "No checks involve this figure.", "muted"));
    var ul = el("ul", null, "plain checks");
    f.checks.forEach(function (c) {
      var li = el("li");
      li.appendChild(el("span", c.status, "badge badge-" + c.status));
      li.appendChild(document.createTextNode(" " + c.rule + ": " + c.explanation));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    var more = el("a", "In the table below");
    more.href = "#fact-" + f.n;
    panel.appendChild(more);
    panel.hidden = false;
    var hint = document.getElementById("fact-hint");
    if (hint) hint.hidden = true;
    document.querySelectorAll(".doc-text .fact.active").forEach(function (m) { m.classList.remove("active"); });
    if (mark) mark.classList.add("active");
  }
  document.getElementById("doc-text").addEventListener("click", function (ev) {
    var mark = ev.target.closest(".fact");
    if (!mark) return;
    var f = byId[mark.dataset.fact];
    if (!f) return;
    ev.preventDefault();
    show(f, mark);
  });
  document.getElementById("doc-text").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var mark = ev.target.closest(".fact");
    if (mark && byId[mark.dataset.fact]) { ev.preventDefault(); show(byId[mark.dataset.fact], mark); }
  });
})();
