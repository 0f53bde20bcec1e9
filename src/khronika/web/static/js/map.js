// The map page: the offline country basemap and the events from /api/map, clustered, coloured by quad class.
"use strict";
(function () {
  const box = document.getElementById("map");
  const summary = document.getElementById("map-summary");
  const colours = { 1: "#4c9f70", 2: "#1f7a4a", 3: "#e09f3e", 4: "#c0392b" };
  const map = L.map(box, { worldCopyJump: true, minZoom: 2, maxZoom: 10 }).setView([45, 60], 3);
  fetch(box.dataset.basemap).then((r) => r.json()).then((countries) => {
    L.geoJSON(countries, {
      style: { color: "#8a97a8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.name, { sticky: true }),
    }).addTo(map).bringToBack();
  });
  fetch(box.dataset.source)
    .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
    .then(({ ok, body }) => {
      if (!ok) { summary.textContent = body.detail; return; }
      summary.textContent = `${body.points.length} event(s) with a place`;
      const cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
      for (const p of body.points) {
        const marker = L.circleMarker([p.lat, p.lon], { radius: 7, color: "#fff", weight: 1,
                                                        fillColor: colours[p.quad_class] || "#777", fillOpacity: 0.9 });
        const link = document.createElement("a");  // text nodes: names are never parsed as HTML
        link.href = `/events/${p.event_id}`;
        link.textContent = `${p.date || ""} ${p.source || ""} → ${p.target || ""}: ${p.label || p.cameo} (${p.place || ""})`;
        link.className = "event-link";
        marker.bindPopup(link);
        marker.on("click", () => marker.openPopup());
        cluster.addLayer(marker);
      }
      map.addLayer(cluster);
      window.khronikaMap = { map, cluster, count: body.points.length };  // for the browser tests
    });
})();
