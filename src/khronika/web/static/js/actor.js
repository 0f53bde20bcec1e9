// The actor page's charts: events per month stacked by quad class, and mean Goldstein per month.
"use strict";
(function () {
  const months = JSON.parse(document.getElementById("months-data").textContent);
  const periods = months.map((m) => m.period);
  const quads = [
    ["verbal_cooperation", "verbal cooperation", "#4c9f70"],
    ["material_cooperation", "material cooperation", "#1f7a4a"],
    ["verbal_conflict", "verbal conflict", "#e09f3e"],
    ["material_conflict", "material conflict", "#c0392b"],
  ];
  new Chart(document.getElementById("chart-months"), {
    type: "bar",
    data: {
      labels: periods,
      datasets: quads.map(([key, label, colour]) => ({ label, data: months.map((m) => m[key]), backgroundColor: colour })),
    },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  new Chart(document.getElementById("chart-goldstein"), {
    type: "line",
    data: { labels: periods, datasets: [{ label: "mean Goldstein", data: months.map((m) => m.mean_goldstein), borderColor: "#2b4c7e" }] },
    options: { animation: false, scales: { y: { suggestedMin: -10, suggestedMax: 10 } } },
  });
})();
