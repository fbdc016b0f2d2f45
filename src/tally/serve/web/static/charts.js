// Entity page: draws each key indicator's series with Plotly (served locally from /static).
(function () {
  "use strict";
  function draw() {
    if (!window.Plotly) return;
    document.querySelectorAll(".chart[data-series]").forEach(function (el) {
      var src = document.getElementById(el.dataset.series);
      if (!src) return;
      var series = JSON.parse(src.textContent);
      var changes = el.dataset.kind === "changes";
      var traces = series.map(function (t) {
        return {
          type: changes ? "bar" : "scatter",
          mode: "lines+markers",
          name: t.name,
          x: t.x, y: t.y, text: t.text, textposition: "none",
          hovertemplate: "%{text}<extra>" + t.name + "</extra>",
          line: t.status === "target" ? { dash: "dash" } : {},
          opacity: t.status === "target" ? 0.6 : 1
        };
      });
      // Traces split by period length share a unit: keep it on the axis then.
      var unit = series.every(function (t) { return t.unit === series[0].unit; }) ? series[0].unit : "";
      // x is the stated period ("2020", "2021-01/2021-05"), ordered by the period's end.
      var ends = {};
      series.forEach(function (t) { t.x.forEach(function (x, i) { ends[x] = t.end[i]; }); });
      var periods = Object.keys(ends).sort(function (a, b) {
        return ends[a] < ends[b] ? -1 : ends[a] > ends[b] ? 1 : (a < b ? -1 : 1);
      });
      Plotly.newPlot(el, traces, {
        title: { text: el.dataset.title, font: { size: 13 } },
        margin: { l: 60, r: 30, t: 30, b: 40 },
        xaxis: { type: "category", categoryorder: "array", categoryarray: periods, automargin: true },
        yaxis: { title: { text: unit }, zeroline: true, rangemode: changes ? "normal" : "tozero" },
        showlegend: series.length > 1,
        legend: { orientation: "h", y: -0.25 },
        barmode: "group"
      }, { displaylogo: false, responsive: true });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
