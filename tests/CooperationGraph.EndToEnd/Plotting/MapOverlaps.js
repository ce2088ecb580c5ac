// Injected into a page with a network map (the figure whose id is given in data-map on this script's element, by
// default the first .cg-figure): after Plotly has drawn it, reads the SVG getBBox() of every institution marker and
// every label, maps each box to the page through getCTM(), counts overlaps, and writes the counts and the boxes as JSON
// into a pre element (id cg-map-overlaps) for --dump-dom. Institution markers are the points of the traces drawn with
// "markers" that are visible (the hover targets on the ties are transparent).
(function () {
  var self = document.currentScript;
  function boxOf(element) {
    var b = element.getBBox(), m = element.getCTM();
    var xs = [], ys = [];
    [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]].forEach(function (p) {
      xs.push(m.a * p[0] + m.c * p[1] + m.e);
      ys.push(m.b * p[0] + m.d * p[1] + m.f);
    });
    return { left: Math.min.apply(null, xs), top: Math.min.apply(null, ys), right: Math.max.apply(null, xs), bottom: Math.max.apply(null, ys) };
  }
  function overlap(a, b) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;
  }
  function measure() {
    var id = self && self.getAttribute('data-map');
    var gd = id ? document.getElementById(id) : document.querySelector('.cg-figure');
    var markers = [], labels = [];
    var traces = gd.querySelectorAll('.scatterlayer .trace');
    for (var t = 0; t < traces.length; t++) {
      var data = traces[t].__data__ && traces[t].__data__[0] && traces[t].__data__[0].trace;
      var visibleMarkers = data && data.mode.indexOf('markers') >= 0 && !(data.marker && data.marker.opacity === 0);
      if (visibleMarkers) {
        traces[t].querySelectorAll('.points path.point').forEach(function (p) {
          var b = boxOf(p);
          markers.push(b);
        });
      }
      traces[t].querySelectorAll('.textpoint text').forEach(function (text) {
        if (text.textContent.length > 0) {
          var b = boxOf(text);
          b.text = text.textContent;
          labels.push(b);
        }
      });
    }
    var result = { markers: markers.length, labels: labels.length, labelLabel: [], labelMarker: [], markerMarker: 0, boxes: { markers: markers, labels: labels } };
    for (var i = 0; i < labels.length; i++) {
      for (var j = i + 1; j < labels.length; j++) {
        if (overlap(labels[i], labels[j])) result.labelLabel.push([labels[i].text, labels[j].text]);
      }
      for (var k = 0; k < markers.length; k++) {
        if (overlap(labels[i], markers[k])) result.labelMarker.push([labels[i].text, k]);
      }
    }
    for (var a = 0; a < markers.length; a++) {
      for (var c = a + 1; c < markers.length; c++) {
        var ma = markers[a], mc = markers[c];
        var dx = (ma.left + ma.right - mc.left - mc.right) / 2, dy = (ma.top + ma.bottom - mc.top - mc.bottom) / 2;
        var reach = (ma.right - ma.left + mc.right - mc.left) / 2;
        if (dx * dx + dy * dy < reach * reach - 0.01) result.markerMarker++;
      }
    }
    var out = document.createElement('pre');
    out.id = 'cg-map-overlaps';
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }
  window.addEventListener('load', function () { setTimeout(measure, 500); });
})();
