// The network page: the actor graph from /api/network, drawn with Cytoscape (drag, zoom, click to open).
"use strict";
(function () {
  const box = document.getElementById("graph");
  const summary = document.getElementById("network-summary");
  // Goldstein -10 (conflict, red) .. +10 (cooperation, green)
  function colour(g) {
    const t = Math.max(0, Math.min(1, (g + 10) / 20));
    return `rgb(${Math.round(192 * (1 - t) + 31 * t)}, ${Math.round(57 * (1 - t) + 122 * t)}, ${Math.round(43 * (1 - t) + 74 * t)})`;
  }
  fetch(box.dataset.source)
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (!ok) { summary.textContent = body.detail; return; }
      summary.textContent = `${body.nodes.length} actor(s), ${body.edges.length} link(s)`;
      const elements = [
        ...body.nodes.map((n) => ({ data: { id: n.id, label: n.label, size: 12 + 4 * Math.sqrt(n.events) } })),
        ...body.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight,
                                                colour: colour(e.goldstein) } })),
      ];
      const cy = cytoscape({
        container: box, elements,
        style: [
          { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
                                        "background-color": "#2b4c7e", "font-size": 10 } },
          { selector: "edge", style: { width: "mapData(weight, 1, 20, 1, 10)", "line-color": "data(colour)",
                                        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
                                        "curve-style": "bezier", opacity: 0.8 } },
        ],
        layout: { name: body.nodes.length > 150 ? "circle" : "cose", animate: false },
      });
      cy.on("tap", "node", (event) => { window.location.href = "/actors/" + encodeURIComponent(event.target.id()); });
      window.khronikaGraph = cy;  // for the browser tests
    });
})();
