/* Cluster Atlas maps: draws one map's places, districts and controls on a Leaflet map.
 *
 * maps/page.py sends a config (titles, basemaps, colour groups, the kinds of carrier with
 * their labels, shapes and sizes from the one table of kinds, legend) and the
 * data (maps/layers.py: a GeoJSON FeatureCollection of places with short keys, district
 * boundaries, service areas). Every text that comes from a document is put into the page
 * with textContent (or esc() where Leaflet takes HTML), never parsed as HTML.
 */
(function () {
  'use strict';

  var MANY_EXTENTS = 1500;  // above this, extents are drawn on a canvas
  var NEUTRAL = '#8a94a6';  // legend marks of kinds and symbols

  // Every Leaflet map made after this script, for settled(): besides the map drawn here,
  // the minimap's, which sets the main map's view again when a move of its own ends.
  var MAPS = [];
  L.Map.addInitHook(function () { MAPS.push(this); });

  // --- small helpers ---------------------------------------------------------------

  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) {
      return key in values ? values[key] : m;
    });
  }

  function el(tag, className, text, parent) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  function distanceText(T, metres) {
    return metres < 1000
      ? fill(T.metres, { n: Math.round(metres) })
      : fill(T.kilometres, { n: (metres / 1000).toFixed(1) });
  }

  function markHtml(shape, background, approximate, extra) {
    // colours come from maps/style.py, never from a document
    return '<span class="ca-swatch ca-marker ca-shape-' + shape + (approximate ? ' ca-approx' : '') +
      (extra ? ' ' + extra : '') + '"><span class="ca-ring"><span class="ca-fill" style="background:' +
      background + '"></span></span></span>';
  }

  function fragment(markup) {
    var holder = document.createElement('span');
    holder.innerHTML = markup;
    return holder.firstChild;
  }

  function pie(colours) {
    if (colours.length === 1) return colours[0];
    var step = 100 / colours.length;
    return 'conic-gradient(' + colours.map(function (c, i) {
      return c + ' ' + (i * step).toFixed(2) + '% ' + ((i + 1) * step).toFixed(2) + '%';
    }).join(',') + ')';
  }

  function decode(data) {
    if (data.json) return Promise.resolve(data.json);
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('this browser cannot open large maps (no DecompressionStream)'));
    }
    var binary = atob(data.gzip);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  // --- basemaps ----------------------------------------------------------------------

  function baseLayer(basemap) {
    var layers = basemap.tiles.map(function (t, i) {
      return L.tileLayer(t.url, {
        subdomains: t.subdomains || 'abc', maxNativeZoom: t.maxNativeZoom, maxZoom: 19,
        attribution: i === 0 ? basemap.attribution : ''
      });
    });
    var layer = layers.length === 1 ? layers[0] : L.layerGroup(layers);
    layer.blank = layers.length === 0;
    return layer;
  }

  // --- the map -----------------------------------------------------------------------

  function Atlas(map, cfg) {
    this.map = map;
    this.cfg = cfg;
    this.T = cfg.text;
    this.ready = false;
    this.loading = 0;  // chunked cluster loads under way (see refilter)
    this.refilterTimer = null;
    this.entries = [];
    this.byId = {};
    this.kindOn = cfg.kinds.map(function () { return true; });
    this.groupOn = cfg.groups.map(function () { return true; });
    this.iconCache = {};
  }

  Atlas.prototype.start = function () {
    var self = this, map = this.map, cfg = this.cfg;
    document.documentElement.lang = cfg.lang === 'en' ? 'en' : 'zh-CN';
    map.getContainer().classList.add('ca-map');
    map.setMaxZoom(19);  // tile layers may be absent (a blank basemap)
    map.attributionControl.addAttribution(esc(cfg.source));
    this.bases = {};
    cfg.basemaps.forEach(function (b, i) {
      var layer = baseLayer(b);
      self.bases[esc(b.name)] = layer;
      if (i === 0) layer.addTo(map);
    });
    map.on('baselayerchange', function (e) { self.onBase(e.layer); });
    this.onBase(cfg.basemaps.length ? this.bases[esc(cfg.basemaps[0].name)] : null);
    this.panel = this.titlePanel();
    L.control.zoom({ position: 'topleft', zoomInTitle: this.T.zoom_in, zoomOutTitle: this.T.zoom_out }).addTo(map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    map.createPane('ca-districts').style.zIndex = 350;
    map.createPane('ca-areas').style.zIndex = 360;
    map.createPane('ca-labels').style.zIndex = 450;
    this.fit();
    return decode(cfg.data).then(function (data) {
      self.build(data);
    }).catch(function (error) {
      el('div', 'ca-error', String(error.message || error), self.panel);
      throw error;
    });
  };

  Atlas.prototype.fit = function () {
    // keep the first view clear of the title panel (left) and the legend (right)
    var left = this.panel.offsetWidth + 20, right = 250;
    var wide = this.map.getSize().x > (left + right) * 1.6;
    this.map.fitBounds(this.cfg.bounds, {
      paddingTopLeft: [wide ? left : 10, 10], paddingBottomRight: [wide ? right : 10, 10], maxZoom: 16
    });
  };

  Atlas.prototype.onBase = function (layer) {
    this.map.getContainer().classList.toggle('ca-blank', !layer || layer.blank);
    if (this.districtLayer) this.districtLayer.setStyle(this.districtStyle.bind(this));
    this.showDistrictNames();
  };

  // district names: on a blank basemap, or where the shading hides the basemap's names
  Atlas.prototype.showDistrictNames = function () {
    if (!this.districtNames) return;
    var wanted = this.cfg.legend.choropleth || this.map.getContainer().classList.contains('ca-blank');
    if (wanted && this.map.hasLayer(this.districtLayer)) this.districtNames.addTo(this.map);
    else this.districtNames.remove();
  };

  // --- title, search, nearby list --------------------------------------------------------

  Atlas.prototype.titlePanel = function () {
    var self = this, cfg = this.cfg, T = this.T;
    var control = L.control({ position: 'topleft' });
    var panel = el('div', 'ca-panel leaflet-bar');
    el('h1', 'ca-title', cfg.title, panel);
    el('div', 'ca-subtitle', cfg.subtitle, panel);
    el('div', 'ca-crs', cfg.crs, panel);
    if (cfg.gcj02) panel.classList.add('ca-gcj');
    var box = el('div', 'ca-search', null, panel);
    var input = el('input', 'ca-search-input', null, box);
    input.type = 'search';
    input.placeholder = T.search;
    input.setAttribute('aria-label', T.search);
    var results = el('ul', 'ca-results', null, box);
    if (cfg.empty) el('div', 'ca-empty', cfg.empty, panel);
    if (cfg.unlocated) this.unlocatedList(panel);
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.showResults(input.value, results); }, 120);
    });
    input.addEventListener('keydown', function (e) {
      var items = results.querySelectorAll('li[data-index]');
      var active = results.querySelector('li.ca-active');
      var at = Array.prototype.indexOf.call(items, active);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (active) active.classList.remove('ca-active');
        at = e.key === 'ArrowDown' ? Math.min(at + 1, items.length - 1) : Math.max(at - 1, 0);
        if (items[at]) items[at].classList.add('ca-active');
      } else if (e.key === 'Enter') {
        e.preventDefault();
        var chosen = active || items[0];
        if (chosen) self.select(self.entries[+chosen.dataset.index]);
      } else if (e.key === 'Escape') {
        results.textContent = '';
      }
    });
    control.onAdd = function () {
      L.DomEvent.disableClickPropagation(panel);
      L.DomEvent.disableScrollPropagation(panel);
      return panel;
    };
    control.addTo(this.map);
    this.results = results;
    return panel;
  };

  // Places nothing locates: named beside the map (with kind and district), never drawn.
  Atlas.prototype.unlocatedList = function (panel) {
    var box = el('details', 'ca-unlocated', null, panel);
    el('summary', null, this.cfg.unlocated.title, box);
    var list = el('ul', null, null, box);
    this.cfg.unlocated.places.forEach(function (p) {
      var item = el('li', null, null, list);
      el('span', 'ca-result-name', p.n, item);
      el('span', 'ca-result-meta', p.k + (p.d ? ' · ' + p.d : ''), item);
    });
  };

  Atlas.prototype.search = function (query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var found = [];
    for (var i = 0; i < this.entries.length; i++) {
      var entry = this.entries[i], score = -1;
      var name = entry.f.properties.n.toLowerCase();
      if (name.indexOf(q) === 0) score = 0;
      else if (name.indexOf(q) > 0) score = 1;
      else if (entry.aliases.indexOf(q) >= 0) score = 2;
      else if (entry.sectors.indexOf(q) >= 0) score = 3;
      if (score >= 0) found.push([score, name.length, entry]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.slice(0, 8).map(function (hit) { return hit[2]; });
  };

  Atlas.prototype.showResults = function (query, list) {
    var self = this, T = this.T;
    list.textContent = '';
    if (!query.trim()) return;
    var hits = this.search(query);
    if (!hits.length) {
      el('li', 'ca-none', T.no_match, list);
      return;
    }
    hits.forEach(function (entry) {
      var item = el('li', null, null, list);
      item.dataset.index = entry.index;
      item.appendChild(self.swatch(entry));
      el('span', 'ca-result-name', entry.f.properties.n, item);
      el('span', 'ca-result-meta', self.kindLabel(entry) + ' · ' + self.district(entry), item);
      item.addEventListener('click', function () { self.select(entry); });
    });
  };

  Atlas.prototype.nearbyList = function () {
    var self = this, T = this.T;
    var focus = this.byId[this.cfg.focus];
    var near = this.entries.filter(function (e) { return e !== focus; });
    near.sort(function (a, b) { return a.f.properties.m - b.f.properties.m; });
    var box = el('div', 'ca-nearby', null, this.panel);
    el('h2', null, this.cfg.legend.ring.nearby, box);
    var list = el('ol', null, null, box);
    near.slice(0, 10).forEach(function (entry) {
      var item = el('li', null, null, list);
      item.appendChild(self.swatch(entry));
      el('span', 'ca-result-name', entry.f.properties.n, item);
      el('span', 'ca-result-meta', distanceText(T, entry.f.properties.m), item);
      item.addEventListener('click', function () { self.select(entry); });
    });
  };

  // --- places ------------------------------------------------------------------------

  Atlas.prototype.build = function (data) {
    var self = this, map = this.map, cfg = this.cfg;
    this.data = data.places;
    this.referenceLayers(data);
    var extentCount = data.places.features.filter(function (f) { return f.properties.x; }).length;
    this.renderer = extentCount > MANY_EXTENTS ? L.canvas({ padding: 0.3 }) : L.svg();
    this.extents = L.featureGroup().addTo(map);
    this.uncertainty = L.layerGroup().addTo(map);
    this.cluster = L.markerClusterGroup({
      showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: cfg.cluster ? 17 : 0,
      maxClusterRadius: 48, chunkedLoading: true,
      iconCreateFunction: function (cluster) { return self.clusterIcon(cluster); }
    }).addTo(map);
    data.places.features.forEach(function (f, i) { self.addEntry(f, i); });
    this.filterLayers();
    this.legend();
    if (cfg.focus && this.byId[cfg.focus]) this.nearbyList();
    var done = function () {
      self.ready = true;
      self.readyAt = performance.now();
      if (cfg.focus && self.byId[cfg.focus]) self.select(self.byId[cfg.focus], true);
    };
    this.refilter(function () {
      // popups are laid out once the Chinese fonts are in, so they pan into view whole
      (document.fonts ? document.fonts.ready : Promise.resolve()).then(done);
    });
  };

  Atlas.prototype.addEntry = function (f, index) {
    var self = this, p = f.properties, P = this.data;
    var latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
    var entry = {
      f: f, index: index, latlng: latlng,
      precision: this.cfg.precisions[p.e].key,
      approximate: this.cfg.precisions[p.e].approximate,
      aliases: (p.a || []).join('\u0001').toLowerCase(),
      sectors: (p.s || []).map(function (s) { return P.sectors[s][1] + '\u0001' + P.sectors[s][2]; }).join('\u0001').toLowerCase(),
      colours: p.g.map(function (g) { return self.cfg.groups[g].colour; })
    };
    entry.marker = L.marker(latlng, { icon: this.icon(entry), keyboard: false, riseOnHover: true });
    entry.marker.caColour = entry.colours[0];
    this.bind(entry.marker, entry);
    if (p.x) {
      entry.circle = L.circle(latlng, {
        radius: p.r, renderer: this.renderer, color: entry.colours[0], weight: 1.2,
        opacity: 0.8, fillColor: entry.colours[0], fillOpacity: 0.05,
        dashArray: entry.approximate ? '5 4' : null, className: 'ca-extent'
      });
      this.bind(entry.circle, entry);
    }
    this.entries.push(entry);
    this.byId[p.i] = entry;
  };

  Atlas.prototype.bind = function (layer, entry) {
    var self = this;
    layer.bindTooltip(function () { return self.tooltip(entry); }, { direction: 'top', offset: [0, -8] });
    layer.bindPopup(function () { return self.popup(entry); }, { maxWidth: 380, minWidth: 260, autoPanPaddingTopLeft: [20, 20] });
    layer.on('popupopen', function () { self.showUncertainty(entry); });
    layer.on('popupclose', function () { self.uncertainty.clearLayers(); });
  };

  Atlas.prototype.showUncertainty = function (entry) {
    this.uncertainty.clearLayers();
    var p = entry.f.properties;
    if (!entry.approximate || p.x || !p.r) return;
    L.circle(entry.latlng, {
      radius: p.r, color: '#374151', weight: 1.5, dashArray: '6 5', fillColor: '#374151',
      fillOpacity: 0.06, interactive: false, className: 'ca-uncertainty'
    }).addTo(this.uncertainty);
  };

  Atlas.prototype.icon = function (entry) {
    var p = entry.f.properties;
    // the kind's shape and size come from the one table of kinds (extract/model.py KINDS)
    var kind = this.cfg.kinds[p.k];
    var focus = p.i === this.cfg.focus;
    var key = [kind.key, entry.colours.join(','), entry.approximate, focus].join('|');
    if (!this.iconCache[key]) {
      var size = focus ? 26 : kind.size;
      var classes = 'ca-marker ca-shape-' + kind.shape + (entry.approximate ? ' ca-approx' : '') + (focus ? ' ca-focus' : '');
      this.iconCache[key] = L.divIcon({
        className: classes, iconSize: [size, size],
        html: '<span class="ca-ring"><span class="ca-fill" style="background:' + pie(entry.colours) + '"></span></span>'
      });
    }
    return this.iconCache[key];
  };

  Atlas.prototype.clusterIcon = function (cluster) {
    var counts = {}, total = 0;
    cluster.getAllChildMarkers().forEach(function (m) {
      var c = m.caColour;
      counts[c] = (counts[c] || 0) + 1;
      total++;
    });
    var colours = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; });
    var at = 0, stops = colours.map(function (c) {
      var from = at;
      at += counts[c] / total * 100;
      return c + ' ' + from.toFixed(2) + '% ' + at.toFixed(2) + '%';
    });
    var size = total < 10 ? 34 : total < 100 ? 40 : total < 1000 ? 46 : 54;
    return L.divIcon({
      className: 'ca-cluster', iconSize: [size, size],
      html: '<div class="ca-cluster-ring" style="background:conic-gradient(' + stops.join(',') + ')"></div>' +
        '<div class="ca-cluster-count">' + total + '</div>'
    });
  };

  Atlas.prototype.kindLabel = function (entry) { return this.cfg.kinds[entry.f.properties.k].label; };
  Atlas.prototype.district = function (entry) { return this.data.strings[entry.f.properties.d]; };

  Atlas.prototype.swatch = function (entry) {
    var shape = this.cfg.kinds[entry.f.properties.k].shape;
    return fragment(markHtml(shape, pie(entry.colours), entry.approximate));
  };

  Atlas.prototype.tooltip = function (entry) {
    var node = el('div', 'ca-tip');
    el('strong', null, entry.f.properties.n, node);
    el('span', null, ' ' + this.kindLabel(entry), node);
    return node;
  };

  Atlas.prototype.popup = function (entry) {
    var self = this, T = this.T, P = this.data, p = entry.f.properties, en = this.cfg.lang === 'en';
    var box = el('div', 'ca-popup');
    var head = el('div', 'ca-pop-head', null, box);
    head.appendChild(this.swatch(entry));
    el('h3', null, p.n, head);
    el('span', 'ca-chip', this.kindLabel(entry), head);
    if (p.a) el('div', 'ca-pop-aliases', T.aliases + ' ' + p.a.join('、'), box);
    var facts = el('dl', 'ca-pop-facts', null, box);
    var fact = function (label, value) {
      el('dt', null, label, facts);
      return el('dd', null, value, facts);
    };
    if (this.district(entry)) fact(T.district_label, this.district(entry));
    if (p.p) {
      var parent = this.byId[p.q];
      var dd = fact(T.parent, parent ? null : p.p);
      if (parent) {
        var link = el('a', 'ca-link', p.p, dd);
        link.href = '#';
        link.addEventListener('click', function (e) { e.preventDefault(); self.select(parent); });
      }
    }
    if (p.m !== undefined && p.i !== this.cfg.focus && this.byId[this.cfg.focus]) {
      fact('↔', fill(T.distance, { name: this.byId[this.cfg.focus].f.properties.n, d: distanceText(T, p.m) }));
    }
    if (p.s && p.s.length) {
      var sectors = el('div', 'ca-pop-sectors', null, box);
      el('h4', null, T.sectors, sectors);
      var chips = el('ul', null, null, sectors);
      p.s.forEach(function (s) {
        var item = el('li', null, null, chips);
        el('span', null, P.sectors[s][en ? 2 : 1], item);
        el('span', 'ca-other-lang', P.sectors[s][en ? 1 : 2], item);
      });
    }
    if (p.c.length) this.clauses(box, p.c);
    this.location(box, entry);
    return box;
  };

  Atlas.prototype.clauses = function (box, clauses) {
    var T = this.T, P = this.data;
    var section = el('div', 'ca-pop-clauses', null, box);
    el('h4', null, T.clauses, section);
    var add = function (clause, parent) {
      var quote = el('blockquote', null, null, parent);
      el('p', null, clause[0], quote);
      var doc = P.documents[clause[1]], where = P.strings[clause[2]];
      var source = (doc[0] ? '《' + doc[0] + '》' : '') + (doc[1] ? ' ' + doc[1] : '') + (where ? ' · ' + where : '');
      el('footer', null, source, quote);
    };
    clauses.slice(0, 2).forEach(function (c) { add(c, section); });
    if (clauses.length > 2) {
      var more = el('details', null, null, section);
      el('summary', null, fill(T.more_clauses, { n: clauses.length - 2 }), more);
      clauses.slice(2).forEach(function (c) { add(c, more); });
    }
  };

  Atlas.prototype.location = function (box, entry) {
    var T = this.T, P = this.data, p = entry.f.properties;
    var line = el('div', 'ca-pop-location' + (entry.approximate ? ' ca-approximate' : ''), null, box);
    el('span', 'ca-loc-label', T.location + ' ', line);
    var parts = [this.cfg.precisions[p.e].label];
    if (entry.approximate && p.r && !p.x) parts.push(fill(T.radius, { m: distanceText(T, p.r) }));
    if (P.strings[p.v]) parts.push(T.provider + ' ' + P.strings[p.v]);
    el('span', null, parts.join(' · '), line);
    if (p.w) el('span', 'ca-review', T.review, line);
    if (P.strings[p.o]) el('div', 'ca-loc-source', P.strings[p.o], box);
  };

  // --- selection and filters -----------------------------------------------------------

  Atlas.prototype.visible = function (entry) {
    var p = entry.f.properties, groupOn = this.groupOn;
    return this.kindOn[p.k] && p.g.some(function (g) { return groupOn[g]; });
  };

  Atlas.prototype.refilter = function (then) {
    var self = this;
    var shown = this.entries.filter(function (e) { return self.visible(e); });
    this.cluster.clearLayers();
    this.extents.clearLayers();
    this.uncertainty.clearLayers();
    shown.forEach(function (e) {
      if (e.circle) self.extents.addLayer(e.circle);
    });
    this.shown = shown.length;
    // addLayers keeps the callback it starts with, so each load reports its own end,
    // even when a newer refilter starts before an older load has finished
    this.loading++;
    this.cluster.options.chunkProgress = function (processed, total) {
      if (processed !== total) return;
      var callback = then;
      then = null;
      // still loading until the callback (select: its zoom, popup) has started
      requestAnimationFrame(function () {
        self.loading--;
        if (callback) callback();
      });
    };
    this.cluster.addLayers(shown.map(function (e) { return e.marker; }));
    if (!shown.length && then) then();
    this.syncGroupBoxes();
  };

  Atlas.prototype.scheduleRefilter = function () {
    var self = this;
    clearTimeout(this.refilterTimer);
    this.refilterTimer = setTimeout(function () {
      self.refilterTimer = null;
      self.refilter();
    }, 0);
  };

  Atlas.prototype.select = function (entry, keepView) {
    var self = this, p = entry.f.properties;
    if (!this.visible(entry)) {
      this.kindLayers[p.k].addTo(this.map);
      this.groupLayers[p.g[0]].addTo(this.map);
      clearTimeout(this.refilterTimer);
      this.refilterTimer = null;
      this.refilter(function () { self.select(entry, keepView); });
      return;
    }
    this.results.textContent = '';
    var open = function () {
      entry.marker.openPopup();
      // an auto-pan started while the map still moves falls short: pan again once it stops
      var popup = entry.marker.getPopup();
      self.map.once('moveend', function () { if (popup.isOpen()) popup.update(); });
    };
    if (keepView) {
      this.cluster.zoomToShowLayer(entry.marker, open);
    } else {
      this.map.setView(entry.latlng, Math.max(this.map.getZoom(), 15), { animate: false });
      this.cluster.zoomToShowLayer(entry.marker, open);
    }
  };

  // --- layer control and reference layers -----------------------------------------------

  Atlas.prototype.label = function (colour, text, count, shape) {
    var mark = shape ? markHtml(shape, NEUTRAL) : '<span class="ca-swatch ca-dot" style="background:' + colour + '"></span>';
    return mark + '<span class="ca-label">' + esc(text) + '</span>' +
      (count === undefined ? '' : '<span class="ca-count">' + count + '</span>');
  };

  Atlas.prototype.filterLayers = function () {
    var self = this, cfg = this.cfg, T = this.T, map = this.map;
    var kindCount = cfg.kinds.map(function () { return 0; });
    var groupCount = cfg.groups.map(function () { return 0; });
    this.entries.forEach(function (e) {
      kindCount[e.f.properties.k]++;
      e.f.properties.g.forEach(function (g) { groupCount[g]++; });
    });
    this.groupCount = groupCount;
    var overlays = {};
    var kinds = overlays[esc(T.by_kind)] = {};
    this.kindLayers = cfg.kinds.map(function (k, i) {
      var layer = L.layerGroup().addTo(map);
      layer.caFilter = ['kind', i];
      kinds[self.label(null, k.label, kindCount[i], k.shape)] = layer;
      return layer;
    });
    var groups = overlays[esc(T.by_sector)] = {};
    this.groupLayers = cfg.groups.map(function (g, i) {
      var layer = L.layerGroup().addTo(map);
      layer.caFilter = ['group', i];
      groups[self.label(g.colour, g.label, groupCount[i])] = layer;
      return layer;
    });
    var reference = overlays[esc(T.reference)] = {};
    reference[esc(T.districts)] = this.districtLayer;
    if (this.serviceLayer) reference[esc(cfg.legend.service.label)] = this.serviceLayer;
    if (this.ringLayer) reference[esc(cfg.legend.ring.label)] = this.ringLayer;
    this.control = L.control.groupedLayers(this.bases, overlays, {
      collapsed: true, groupCheckboxes: true, position: 'topright'
    }).addTo(map);
    this.control._layersLink.title = T.by_sector + ' / ' + T.basemaps;
    this.control._container.classList.add('ca-layers');
    var onChange = function (e) {
      var f = e.layer.caFilter;
      if (!f) return;
      (f[0] === 'kind' ? self.kindOn : self.groupOn)[f[1]] = e.type === 'overlayadd';
      self.scheduleRefilter();
    };
    map.on('overlayadd overlayremove', onChange);
    map.on('overlayadd overlayremove', function () { self.showDistrictNames(); });
  };

  Atlas.prototype.syncGroupBoxes = function () {
    // the plugin leaves its group boxes unticked; tick each whose every layer is on
    if (!this.control) return;
    var map = this.map, control = this.control;
    var boxes = control._form.querySelectorAll('.leaflet-control-layers-group-selector');
    Array.prototype.forEach.call(boxes, function (box) {
      box.checked = control._layers.every(function (obj) {
        return !obj || !obj.overlay || obj.group.id !== box.groupID || map.hasLayer(obj.layer);
      });
    });
  };

  Atlas.prototype.districtStyle = function (feature) {
    var p = feature.properties, legend = this.cfg.legend;
    var blank = this.map.getContainer().classList.contains('ca-blank');
    var style = {
      pane: 'ca-districts', color: '#4b5563', weight: 1, opacity: 0.7, dashArray: null,
      fillColor: '#f3f1ec', fillOpacity: blank ? 0.9 : 0
    };
    if (p.f) {
      style.dashArray = '6 5';
      style.fillOpacity = 0;
      style.color = '#1f2937';
    }
    if (legend.choropleth && p.h >= 0) {
      style.fillColor = legend.choropleth.classes[p.h].colour;
      style.fillOpacity = 0.72;
      style.color = '#ffffff';
      style.weight = 1.2;
      style.opacity = 1;
    }
    if (this.focusDistrict && !p.z && !p.f) {
      style.fillColor = '#6b7280';
      style.fillOpacity = 0.18;
    }
    if (p.z) {
      style.color = '#0f2a4a';
      style.weight = 3;
      style.opacity = 1;
    }
    return style;
  };

  Atlas.prototype.referenceLayers = function (data) {
    var T = this.T, map = this.map, legend = this.cfg.legend;
    this.focusDistrict = data.districts.features.some(function (f) { return f.properties.z; });
    this.districtLayer = L.geoJSON(data.districts, {
      style: this.districtStyle.bind(this),
      onEachFeature: function (feature, layer) {
        var p = feature.properties;
        var content = function () {
          var node = el('div', 'ca-tip');
          el('strong', null, p.n, node);
          el('span', null, ' ' + fill(T.carriers_in, { n: p.c }), node);
          return node;
        };
        layer.bindTooltip(content, { sticky: true, direction: 'top' });
      }
    }).addTo(map);
    this.districtNames = L.layerGroup(data.districts.features.filter(function (f) {
      return !f.properties.f;
    }).map(function (f) {
      var p = f.properties;
      return L.marker([p.ly, p.lx], {
        pane: 'ca-labels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'ca-district-name', html: esc(p.n), iconSize: [80, 16] })
      });
    }));
    this.showDistrictNames();
    if (data.service) {
      this.serviceLayer = L.geoJSON(data.service, {
        pane: 'ca-areas', interactive: false,
        style: { color: legend.service.colour, weight: 1.2, fillColor: legend.service.colour, fillOpacity: 0.2, dashArray: '4 3' }
      }).addTo(map);
    }
    if (data.ring) {
      this.ringLayer = L.geoJSON(data.ring, {
        pane: 'ca-areas', interactive: false,
        style: { color: legend.ring.colour, weight: 1.5, fill: false, dashArray: '8 6' }
      }).addTo(map);
    }
  };

  // --- legend ----------------------------------------------------------------------------

  Atlas.prototype.legend = function () {
    var self = this, cfg = this.cfg, T = this.T;
    var control = L.control({ position: 'bottomright' });
    var box = el('div', 'ca-legend leaflet-bar');
    var head = el('button', 'ca-legend-head', T.legend, box);
    head.type = 'button';
    var body = el('div', 'ca-legend-body', null, box);
    head.addEventListener('click', function () { box.classList.toggle('ca-collapsed'); });
    var section = function (title) {
      var s = el('div', 'ca-legend-section', null, body);
      if (title) el('h4', null, title, s);
      return el('ul', null, null, s);
    };
    var row = function (list, mark, label, count) {
      var item = el('li', null, null, list);
      item.appendChild(mark);
      el('span', 'ca-label', label, item);
      if (count !== undefined) el('span', 'ca-count', String(count), item);
      return item;
    };
    var dot = function (colour, cls) {
      var mark = el('span', 'ca-swatch ' + (cls || 'ca-dot'));
      mark.style.background = colour;
      return mark;
    };
    if (cfg.legend.choropleth) {
      var shades = section(cfg.legend.choropleth.title);
      cfg.legend.choropleth.classes.forEach(function (c) {
        row(shades, dot(c.colour, 'ca-box'), c.label === '0' ? T.nodata : c.label);
      });
    }
    if (cfg.legend.service) {  // what a planner reads first, next to the shades
      var service = row(section(null), dot(cfg.legend.service.colour, 'ca-box ca-service-mark'), cfg.legend.service.label);
      el('div', 'ca-note', cfg.legend.service.note, service);
    }
    var groups = section(T.by_sector);
    cfg.groups.forEach(function (g, i) { row(groups, dot(g.colour), g.label, self.groupCount[i]); });
    var kinds = section(T.by_kind);
    cfg.kinds.forEach(function (k) { row(kinds, fragment(markHtml(k.shape, NEUTRAL)), k.label); });
    var symbols = section(null);
    row(symbols, fragment(markHtml('circle', NEUTRAL, true)), T.approximate);
    if (this.entries.some(function (e) { return e.circle; })) {
      row(symbols, el('span', 'ca-swatch ca-extent-mark'), T.extent);
    }
    if (cfg.legend.ring) row(symbols, el('span', 'ca-swatch ca-ring-mark'), cfg.legend.ring.label);
    control.onAdd = function () {
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(this.map);
  };

  // --- for tests and benchmarks ---------------------------------------------------------------

  Atlas.prototype.find = function (id) {
    var entry = this.byId[id];
    return entry ? { lat: entry.latlng.lat, lng: entry.latlng.lng } : null;
  };

  Atlas.prototype.shownCount = function () { return this.shown; };

  // Whether the map is still changing what it draws: not ready yet (fonts, the focus
  // place), a layer toggle's refilter waiting or its markers still being clustered in
  // chunks, a map (this one or the minimap) zooming or panning, markercluster animating
  // (its zoom in/out, spiderfy and unspiderfy all count in _inZoomAnimation until their
  // timers end), or a CSS transition still running (the clusters' fades, a popup's
  // fade-in; the focus marker's endless pulse aside), which those timers do not wait for.
  Atlas.prototype.busy = function () {
    var moving = MAPS.concat(this.map).some(function (map) {
      return map._animatingZoom || (map._panAnim && map._panAnim._inProgress);
    });
    return !this.ready || this.refilterTimer !== null || this.loading > 0 || moving ||
      this.cluster._inZoomAnimation > 0 ||
      document.getAnimations().some(function (a) {
        var end = a.effect ? a.effect.getComputedTiming().endTime : Infinity;
        return a.playState === 'running' && end < Infinity;
      });
  };

  // Resolves once the map has settled: what it draws stays as it is until the next input,
  // so a test can count markers or open a marker's tooltip. Checked once a frame, and it
  // must be calm in two frames in a row: Leaflet starts an animated zoom one frame after
  // setView (map._animatingZoom is set in a requestAnimationFrame callback), so a zoom
  // asked for by whatever ended the last busy state may start after this frame's check.
  Atlas.prototype.settled = function () {
    var self = this;
    return this.loaded.then(function () {
      return new Promise(function (resolve) {
        var calm = 0;
        var check = function () {
          calm = self.busy() ? 0 : calm + 1;
          if (calm === 2) resolve(true);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    });
  };

  window.ClusterAtlas = {
    draw: function (map, cfg) {
      var atlas = new Atlas(map, cfg);
      atlas.loaded = atlas.start();
      return atlas;
    },
    escape: esc
  };
})();
