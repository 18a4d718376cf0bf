"""The analyst dashboard: static files served by the API app (ECharts and Cytoscape.js vendored)."""
